#!/usr/bin/env bash
# The resident memory of a command over its run: VmRSS sampled every INTERVAL seconds (default 0.25), then the
# largest and smallest sample of each slice of SLICE seconds (default 4). How the peak of `vanban index` grows over a
# long run (README, "Speed of indexing", session 9):
#
#   bash benches/rss_trace.sh target/release/vanban index /tmp/vanban-index-bench/archive-1G-s1.zip --db /tmp/t.db \
#       --threads 2 --progress none
set -euo pipefail
interval=${INTERVAL:-0.25}
slice=${SLICE:-4}
samples=$(mktemp)
trap 'rm -f "$samples"' EXIT
"$@" &
pid=$!
t0=$(date +%s.%N)
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  [ -n "$rss" ] && echo "$(date +%s.%N) $t0 $rss" >> "$samples"
  sleep "$interval"
done
wait "$pid" || true
python3 - "$samples" "$slice" <<'PY'
import sys, collections
rows = [l.split() for l in open(sys.argv[1])]
slice_s = float(sys.argv[2])
by = collections.defaultdict(list)
for t, t0, kb in rows:
    by[int((float(t) - float(t0)) // slice_s)].append(int(kb) / 1024)
for k in sorted(by):
    v = by[k]
    print(f"{k * slice_s:6.1f} s  RSS max {max(v):6.1f} MB  min {min(v):6.1f} MB")
PY
