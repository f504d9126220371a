#!/usr/bin/env bash
# Run a fuzz target for a set time: scripts/fuzz.sh TARGET SECONDS
# Targets: parse_text, decode_bytes, docx (and pdf once the PDF crate is wired). Needs cargo-fuzz
# (`cargo install cargo-fuzz`); the stable toolchain builds it with RUSTC_BOOTSTRAP=1.
# Seeds come from the repo's documents and fixtures, and from ../shared when present (never copied into the repo:
# fuzz/corpus is ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?target}"
secs="${2:-600}"
seeds="fuzz/corpus/$target"
mkdir -p "$seeds"
case "$target" in
  parse_text|decode_bytes)
    cp corpus/docs/*.txt "$seeds"/ 2>/dev/null || true
    cp tests/fixtures/legacy/*.txt "$seeds"/ 2>/dev/null || true
    [ -d ../shared/seeds ] && cp ../shared/seeds/*.txt "$seeds"/ || true ;;
  docx)
    cp tests/fixtures/docx/*.docx "$seeds"/ ;;
  pdf)
    [ -d ../shared/corpus/pdf ] && cp ../shared/corpus/pdf/*.pdf "$seeds"/ || true ;;
esac
cd fuzz
RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "corpus/$target" -- \
  -max_total_time="$secs" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1
