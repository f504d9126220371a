#!/usr/bin/env python3
"""Compare two outputs of benches/examples/parse_dump.rs (one "name<TAB>record JSON" line per document, same documents
in the same order): how many records differ, in which fields, and the totals of tasks, references and support units.

    BENCH_DOCS=/tmp/vanban-index-bench/archive-100M-s1 LIMIT=4000 OLD/parse_dump > old.tsv
    BENCH_DOCS=... LIMIT=4000 target/release/examples/parse_dump > new.tsv
    python3 benches/dump_diff.py old.tsv new.tsv
"""
import json
import sys
from collections import Counter


def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            name, js = line.rstrip("\n").split("\t", 1)
            out.append((name, json.loads(js)))
    return out


def totals(records):
    tasks = sum(len(r.get("tasks", [])) for _, r in records)
    refs = sum(len(r.get("references", [])) for _, r in records)
    support = sum(len(t.get("support", [])) for _, r in records for t in r.get("tasks", []))
    return tasks, refs, support


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    old, new = load(sys.argv[1]), load(sys.argv[2])
    if [n for n, _ in old] != [n for n, _ in new]:
        sys.exit("the two dumps are not of the same documents in the same order")
    fields = Counter()
    changed = 0
    for (_, a), (_, b) in zip(old, new):
        diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        changed += bool(diff)
        fields.update(diff)
    print(f"{len(old)} records, {changed} changed; fields: {dict(fields.most_common())}")
    (ot, orf, osu), (nt, nrf, nsu) = totals(old), totals(new)
    print(f"tasks {ot} -> {nt}, references {orf} -> {nrf}, support units {osu} -> {nsu}")


if __name__ == "__main__":
    main()
