"""Sizes of a store written by `vanban index`: the file, each table and index (SQLite's dbstat), and each against the
bytes of input the run read (its summary's "bytes", or --input-bytes). What the writer's cost at 1 GB is made of.

    vanban index archive.zip --db /tmp/s.db --json > /tmp/s.json
    python3 benches/store_sizes.py /tmp/s.db --summary /tmp/s.json
"""

import argparse
import json
import os
import sqlite3

ap = argparse.ArgumentParser()
ap.add_argument("db")
ap.add_argument("--summary", help="the run's --json summary (for the input bytes)")
ap.add_argument("--input-bytes", type=int)
a = ap.parse_args()
inp = a.input_bytes or (json.load(open(a.summary))["bytes"] if a.summary else None)
c = sqlite3.connect(f"file:{a.db}?mode=ro", uri=True)
size = os.path.getsize(a.db)
print(f"file {size / 1e6:.1f} MB" + (f" ({size / inp:.2f}x the input, {inp / 1e6:.1f} MB)" if inp else ""))
try:
    rows = c.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
except sqlite3.OperationalError as e:
    raise SystemExit(f"this Python's SQLite has no dbstat table ({e})")
for name, n in rows:
    print(f"{name:32} {n / 1e6:9.1f} MB" + (f"  {n / inp:.2f}x" if inp else ""))
