#!/usr/bin/env bash
# Instructions of the parser (callgrind, deterministic where timings are not) over the bench corpus and over 2000
# documents of a synthetic archive written as files, for this tree's parse_loop and optionally an older build to
# compare with. (Compare records before and after with benches/examples/parse_dump.rs.) Only the instructions inside
# vanban_core::parse are counted (`--toggle-collect`): not the loading and normalizing of the bench documents, which
# were ~10-18% of the whole program's count (the figures of sessions 8-9 in the README are whole-program ones, over
# 800 documents). The first documents still carry the regexes' compilation (~3-4% of 2000 documents' count).
#
#   bash benches/parser_instructions.sh                       # this tree's parse_loop
#   bash benches/parser_instructions.sh /tmp/parse_loop_base  # a saved older build against this tree's
#   BENCH_DOCS=/tmp/vanban-index-bench/archive-100M-s1 LIMIT=2000 ...  (the synthetic folder; the default below)
#   PROFILE=1 bash benches/parser_instructions.sh               # also: where this tree's instructions go (the share of
#                                                               # parse's instructions inside each of its parts, synth set)
#
# The synthetic folder is written by `benches/index_bench.sh 100M` (archive-100M-s1 in its BENCH_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind missing: apt-get install valgrind" >&2; exit 1; }
cargo build --release --quiet -p vanban-benches --example parse_loop
new=target/release/examples/parse_loop
base=${1:-}
synth=${BENCH_DOCS:-/tmp/vanban-index-bench/archive-100M-s1}
limit=${LIMIT:-2000}
ir() { valgrind --tool=callgrind --toggle-collect='vanban_core::parse' --callgrind-out-file=/dev/null "$@" 2>&1 | awk '/Collected/ {print $4}'; }
for set in corpus synth; do
  if [ "$set" = synth ]; then
    [ -d "$synth" ] || { echo "no synthetic folder $synth (bash benches/index_bench.sh 100M writes it)" >&2; continue; }
    export BENCH_DOCS=$synth LIMIT=$limit
  else
    unset BENCH_DOCS LIMIT
  fi
  n=$(ir "$new" 1)
  if [ -n "$base" ]; then
    b=$(ir "$base" 1)
    # (an older build whose worktree has no ../shared beside it parses no corpus: nothing to compare on that line)
    python3 -c "print(f'$set: {$b/1e9:.3f} -> {$n/1e9:.3f} G instructions in parse ({100*($n-$b)/$b:+.2f}%)' if $b else '$set: the older build parsed nothing here (no ../shared beside its worktree?)')"
  else
    python3 -c "print(f'$set: {$n/1e9:.3f} G instructions in parse')"
  fi
done

# PROFILE=1: the inclusive share of parse's instructions in its parts (the task rules, references, header and footer,
# the body's assembly, tables, normalization), over the synthetic set
if [ "${PROFILE:-0}" = 1 ] && [ -d "$synth" ]; then
  command -v callgrind_annotate >/dev/null || { echo "callgrind_annotate missing (valgrind)" >&2; exit 1; }
  out=$(mktemp)
  BENCH_DOCS=$synth LIMIT=$limit valgrind --tool=callgrind --toggle-collect='vanban_core::parse' --callgrind-out-file="$out" "$new" 1 >/dev/null 2>&1
  callgrind_annotate --inclusive=yes "$out" 2>/dev/null | python3 -c '
import re, sys
rows = {}
for l in sys.stdin:
    m = re.match(r"\s*([\d,]+) \(\s*([\d.]+)%\)\s+\S*:(vanban_core::[\w:]+) \[", l)
    if m and m.group(3) not in rows:
        rows[m.group(3)] = float(m.group(2))
for f in ["region_tasks", "references::extract", "parse_header_footer", "body::assemble", "task_table::tables", "normalize::normalize", "layout::cells"]:
    name = "vanban_core::" + f
    if name in rows:
        print(f"profile: {f}: {rows[name]:.1f}% of parse instructions")
'
  rm -f "$out"
fi
