"""One timing of the Python binding, for an A/B of two builds of the extension (each installed in its own venv by
`maturin develop --release`, with its own CARGO_TARGET_DIR), run in turn:

    for r in 1 2 3; do for v in venv-a venv-b; do for t in 1 2; do $v/bin/python benches/py_ab.py parse $t; done; done; done
    ... py_ab.py index 1   # vanban.index of the archive into a fresh store

parse: vanban.parse_many over the first 4000 UTF-8 .txt documents of BENCH_DOCS (default: the 100 MB synthetic
folder of benches/index_bench.sh); index: vanban.index of ARCHIVE (default: its zip). Prints the venv, the seconds
(wall) and the process's CPU seconds. Session 12's figures for mimalloc in the binding were taken this way.
"""

from __future__ import annotations

import glob
import os
import sys
import tempfile
import time

import vanban

BENCH = os.environ.get("BENCH_DIR", "/tmp/vanban-index-bench")


def main() -> None:
    mode, threads = sys.argv[1], int(sys.argv[2])
    if mode == "parse":
        docs = os.environ.get("BENCH_DOCS", f"{BENCH}/archive-100M-s1")
        texts = []
        for p in sorted(glob.glob(f"{docs}/**/*.txt", recursive=True))[:4000]:
            try:
                texts.append(open(p, encoding="utf-8").read())
            except UnicodeDecodeError:  # the archive's TCVN3 documents and corrupt files
                pass
        t0, c0 = time.perf_counter(), time.process_time()
        vanban.parse_many(texts, threads=threads)
    elif mode == "index":
        archive = os.environ.get("ARCHIVE", f"{BENCH}/archive-100M-s1.zip")
        with tempfile.TemporaryDirectory() as d:
            t0, c0 = time.perf_counter(), time.process_time()
            vanban.index(archive, os.path.join(d, "ab.db"), threads=threads, progress=False)
            t1, c1 = time.perf_counter(), time.process_time()
        print(f"{sys.prefix} index threads={threads} {t1 - t0:.2f} s, CPU {c1 - c0:.2f} s")
        return
    else:
        sys.exit("usage: py_ab.py parse|index THREADS")
    print(f"{sys.prefix} parse threads={threads} {time.perf_counter() - t0:.2f} s, CPU {time.process_time() - c0:.2f} s")


if __name__ == "__main__":
    main()
