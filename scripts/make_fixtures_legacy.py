#!/usr/bin/env python3
"""Encode the repo's documents (corpus/docs/*.txt) in the legacy Vietnamese encodings, for the tests of
crates/vanban-io/src/legacy.rs. Standard library only: `python3 scripts/make_fixtures_legacy.py [--doc STEM ...]`
(--doc: only those documents' files are written).

Writes tests/fixtures/legacy/<stem>.<kind>.txt for each document:
- tcvn3: TCVN 5712:1993 (crates/vanban-io/data/tcvn3.tsv), capitals with a tone in their VN1 codes; … ‘ ’ “ ” • – —
  in their Windows-1252 codes, as the ABC fonts draw them;
- abc: TCVN3 as typed with the .VnTimeH fonts, capitals with a tone written with the lowercase codes (the font
  draws them as capitals), the form most real TCVN3 files have;
- vni: VNI Windows (crates/vanban-io/data/vni.tsv), a base letter and a mark byte, Windows-1252 elsewhere;
- viqr: VIQR (RFC 1456), marks after the vowel, "dd" for đ, a backslash before a literal mark after a vowel
  (not written for a document with characters VIQR cannot carry, such as "–").
The tcvn3 and abc files are not written for a document with a character TCVN3 has no code for (such as "‰").

Before writing, the tables are checked: every Vietnamese letter, lower and upper case, with no tone and the five
tones (146 with đ and Đ), must round-trip through the encoder and a decoder built from the same table; the TCVN3
table must agree with glibc's TCVN5712-1 converter (`iconv`) where it is installed; the VNI table must follow the
layout's rule (uppercase mark = lowercase mark - 0x20). The sources must be NFC, since the tests compare the
decoded text with them byte for byte.
"""

import argparse
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

from fixture_layout import add_doc_filter, selected

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "crates" / "vanban-io" / "data"
SRC = ROOT / "corpus" / "docs"
OUT = ROOT / "tests" / "fixtures" / "legacy"

ROWS = ["aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị", "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ"]
LETTERS = "".join(c + c.upper() for row in ROWS for c in row) + "đĐ"
CP1252_PUNCT = {"…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97}


def data_rows(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def tcvn3_table():
    dec = {}
    for f in data_rows("tcvn3.tsv"):
        dec[int(f[0], 16)] = chr(int(f[1][2:], 16))
    return dec


def vni_table():
    enc = {}
    for f in data_rows("vni.tsv"):
        enc[f[0]] = bytes(int(b, 16) for b in f[1].split())
    return enc


def encode_tcvn3(text, enc, abc=False):
    out = bytearray()
    for c in text:
        if abc and c not in enc and c.lower() in enc and c.lower() != c:
            # .VnTimeH: a capital with a tone is the lowercase code, drawn as a capital by the font
            out.append(enc[c.lower()])
        elif c in enc:
            out.append(enc[c])
        elif c in CP1252_PUNCT:
            out.append(CP1252_PUNCT[c])
        elif ord(c) < 0x80:
            out.append(ord(c))
        else:
            raise ValueError(f"TCVN3 has no code for {c!r}")
    return bytes(out)


def encode_vni(text, enc):
    out = bytearray()
    for c in text:
        if c in enc:
            out += enc[c]
        elif ord(c) < 0x80:
            out.append(ord(c))
        else:
            b = c.encode("cp1252")
            if not 0x80 <= b[0] <= 0x9F:
                raise ValueError(f"VNI has no code for {c!r}")
            out += b
    return bytes(out)


def decode_vni(data, enc):
    pairs = {v: k for k, v in enc.items()}
    out, i = [], 0
    while i < len(data):
        if data[i : i + 2] in pairs:
            out.append(pairs[data[i : i + 2]])
            i += 2
        elif data[i : i + 1] in pairs:
            out.append(pairs[data[i : i + 1]])
            i += 1
        else:
            out.append(bytes([data[i]]).decode("cp1252"))
            i += 1
    return "".join(out)


QUALITY = {"ă": ("a", "("), "â": ("a", "^"), "ê": ("e", "^"), "ô": ("o", "^"), "ơ": ("o", "+"), "ư": ("u", "+")}
TONES = ["", "`", "?", "~", "'", "."]


def encode_viqr(text):
    where = {}
    for row in ROWS:
        for tone, c in enumerate(row):
            where[c] = (row[0], tone)
    out = []
    prev_vowel = prev_alpha = False
    for i, c in enumerate(text):
        lc = c.lower()
        if lc in where:
            base, tone = where[lc]
            b, q = QUALITY.get(base, (base, ""))
            out.append((b.upper() if c != lc else b) + q + TONES[tone])
            prev_vowel = prev_alpha = True
            continue
        if c == "đ":
            out.append("dd")
        elif c == "Đ":
            out.append("DD")
        elif c in "dD" and text[i + 1 : i + 2] in ("d", "D") and (not prev_alpha or text[i : i + 2] == "DD"):
            out.append(c + "\\")
        elif c == "\\":
            out.append("\\\\")
        elif prev_vowel and c in "^(+*'`?~.":
            out.append("\\" + c)
        elif ord(c) < 0x80:
            out.append(c)
        else:
            raise ValueError(f"VIQR has no form for {c!r}")
        prev_vowel = False
        prev_alpha = c.isalpha()
    return "".join(out)


def check_tables():
    tdec = tcvn3_table()
    tenc = {c: b for b, c in tdec.items()}
    venc = vni_table()
    problems = []
    # every letter round-trips
    for c in LETTERS:
        if c in "aeiouyAEIOUY":
            continue
        if c not in tenc:
            problems.append(f"TCVN3: no code for {c}")
        elif tdec[tenc[c]] != c:
            problems.append(f"TCVN3: {c} does not round-trip")
        if c not in venc:
            problems.append(f"VNI: no code for {c}")
    word = " ".join(f"x{c}n" for c in LETTERS)
    if decode_vni(encode_vni(word, venc), venc) != word:
        problems.append("VNI: the letters do not round-trip between ASCII letters")
    if len(tenc) != 140 or len(venc) != 134:
        problems.append(f"table sizes: TCVN3 {len(tenc)} (want 140), VNI {len(venc)} (want 134)")
    # VNI: an uppercase letter is its uppercase base and the lowercase mark byte minus 0x20
    for c, b in venc.items():
        if c.islower():
            u = venc.get(c.upper())
            want = bytes([b[0] - 0x20 if b[0] >= 0x80 else ord(chr(b[0]).upper())] + [x - 0x20 for x in b[1:]])
            if u != want:
                problems.append(f"VNI: {c.upper()} is {u!r}, want {want!r}")
    # TCVN3 against glibc's converter
    if shutil.which("iconv"):
        checked = 0
        for b, c in sorted(tdec.items()):
            r = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([b]), capture_output=True)
            if r.returncode != 0:
                problems.append(f"iconv cannot read {b:02X}")
                continue
            got = r.stdout.decode("utf-8")
            if unicodedata.normalize("NFC", got) != c:
                problems.append(f"TCVN3 {b:02X}: table {c!r}, glibc {got!r}")
            checked += 1
        print(f"TCVN3 table agrees with glibc TCVN5712-1 on {checked} bytes")
    else:
        print("iconv not found: TCVN3 table not compared with glibc")
    if problems:
        sys.exit("table problems:\n" + "\n".join(problems))
    print(f"tables: {len(LETTERS)} letters round-trip in TCVN3, VNI and VIQR")
    return tenc, venc


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_doc_filter(ap)
    args = ap.parse_args()
    tenc, venc = check_tables()
    OUT.mkdir(parents=True, exist_ok=True)
    srcs = sorted(SRC.glob("*.txt"))
    make = set(selected([p.stem for p in srcs], args.doc))
    for src in srcs:
        if src.stem not in make:
            continue
        text = src.read_text(encoding="utf-8")
        if not unicodedata.is_normalized("NFC", text):
            sys.exit(f"{src} is not NFC: the tests compare decoded text with the source byte for byte")
        stem = src.stem
        files = {}
        try:
            files["tcvn3"] = encode_tcvn3(text, tenc)
            files["abc"] = encode_tcvn3(text, tenc, abc=True)
        except ValueError as e:
            print(f"{stem}: no TCVN3 fixtures ({e})")
        files["vni"] = encode_vni(text, venc)
        try:
            files["viqr"] = encode_viqr(text).encode("ascii")
        except ValueError as e:
            print(f"{stem}: no VIQR fixture ({e}: VIQR is ASCII)")
        for kind, data in files.items():
            (OUT / f"{stem}.{kind}.txt").write_bytes(data)
        print(f"{stem}: " + ", ".join(f"{k} {len(v)} bytes" for k, v in files.items()))


if __name__ == "__main__":
    main()
