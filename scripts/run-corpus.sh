#!/usr/bin/env bash
# Build vanban and run the main job on the bundled corpus: parse every document into runs/corpus.jsonl,
# then score the parser against the gold records.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p vanban-cli --quiet
BIN=./target/release/vanban
SHARED="${VANBAN_SHARED:-../shared}"
files=(corpus/docs/*.txt)
if [ -d "$SHARED" ]; then
  files+=("$SHARED"/seeds/*.txt "$SHARED"/corpus/text/*.txt)
else
  echo "note: $SHARED not found; parsing only the repo's own documents" >&2
fi
mkdir -p runs
status=0
"$BIN" parse "${files[@]}" > runs/corpus.jsonl || status=$?
echo "parsed ${#files[@]} files into runs/corpus.jsonl (exit status $status; 1 means some files gave error records)"
python3 - <<'PY'
import json
recs = [json.loads(l) for l in open("runs/corpus.jsonl", encoding="utf-8")]
ok = [r for r in recs if "error" not in r]
print(f"{len(ok)} records, {len(recs) - len(ok)} errors, {sum(len(r['references']) for r in ok)} references")
for r in ok[:5]:
    print(f"  {r['doc_type']!s:<18} {r['code']!s:<22} {r['date']!s:<11} {(r['issuer']['name'] or '')[:40]}")
PY
"$BIN" eval corpus/gold --floors corpus/floors.json
