#!/usr/bin/env bash
# A/B of two builds on this machine, run in turn so that both see the same machine (its speed moves from hour to
# hour: compare builds within one run of this script, not across runs). Build each in its own target directory:
# sharing one CARGO_TARGET_DIR between worktrees of two commits can leave one build's rlib in the other's binary.
#
#   # the older commit's binaries, e.g.:
#   git worktree add /tmp/wt-old OLD && (cd /tmp/wt-old && CARGO_TARGET_DIR=/tmp/target-old \
#     cargo build --release -p vanban-cli --bin vanban -p vanban-benches --example parse_loop)
#   bash benches/ab.sh index /tmp/target-old/release/vanban target/release/vanban   # vanban index, 1 and 2 threads
#   bash benches/ab.sh parse /tmp/target-old/release/examples/parse_loop target/release/examples/parse_loop
#
# index: each binary indexes ARCHIVE (default the 100 MB synthetic zip of benches/index_bench.sh) with --threads 1
#   and 2, ROUNDS times (default 3) in turn; prints each run's seconds and parse CPU-seconds, and the best of each.
# parse: each parse_loop runs `parse_loop 3` over LIMIT (default 4000) documents of BENCH_DOCS (default the 100 MB
#   synthetic folder) ROUNDS times (default 7) in turn; prints each run's seconds and the best of each.
set -euo pipefail
mode=${1:?usage: ab.sh index|parse BASE NEW}
base=${2:?usage: ab.sh index|parse BASE NEW}
new=${3:?usage: ab.sh index|parse BASE NEW}
bench_dir=${BENCH_DIR:-/tmp/vanban-index-bench}
results=$(mktemp)
trap 'rm -f "$results"' EXIT
case "$mode" in
  index)
    archive=${ARCHIVE:-$bench_dir/archive-100M-s1.zip}
    [ -f "$archive" ] || { echo "no $archive (bash benches/index_bench.sh 100M writes it)" >&2; exit 1; }
    db=$(mktemp -u /tmp/vanban-ab-XXXXXX.db)
    for _ in $(seq "${ROUNDS:-3}"); do
      for t in 1 2; do
        for b in "$base" "$new"; do
          rm -f "$db" "$db-wal" "$db-shm"
          if ! out=$("$b" index "$archive" --db "$db" --threads "$t" --progress none --json 2>"$db.log"); then
            cat "$db.log" >&2
            exit 1
          fi
          python3 -c 'import json, sys; s = json.loads(sys.argv[1]); print(sys.argv[2], "threads=" + sys.argv[3], "%.2f" % s["seconds"], "%.2f" % s["cpu_seconds"]["parse"])' \
            "$out" "$b" "$t" | tee -a "$results"
        done
      done
    done
    rm -f "$db" "$db-wal" "$db-shm" "$db.log"
    echo "== best of each (seconds; parse CPU-s of all runs)"
    ;;
  parse)
    docs=${BENCH_DOCS:-$bench_dir/archive-100M-s1}
    [ -d "$docs" ] || { echo "no $docs (bash benches/index_bench.sh 100M writes it)" >&2; exit 1; }
    for _ in $(seq "${ROUNDS:-7}"); do
      for b in "$base" "$new"; do
        s=$(BENCH_DOCS=$docs LIMIT=${LIMIT:-4000} "$b" 3 | grep -o '[0-9.]* s,' | tr -d ' s,')
        echo "$b - $s" | tee -a "$results"
      done
    done
    echo "== best of each (seconds)"
    ;;
  *) echo "usage: ab.sh index|parse BASE NEW" >&2; exit 2 ;;
esac
awk '{k = $1 " " $2; if (!(k in best) || $3 < best[k]) best[k] = $3; all[k] = all[k] " " $3; if (NF > 3) cpu[k] = cpu[k] " " $4}
     END {for (k in best) print k, "best", best[k], "(" substr(all[k], 2) ")", (k in cpu ? "parse CPU-s" cpu[k] : "")}' "$results" | sort
