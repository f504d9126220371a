#!/usr/bin/env bash
# Extracts the Official Gazette PDFs of shared/corpus/pdf with vanban (crates/vanban-pdf, example `pdftext`)
# and with pdftotext (poppler-utils) in one run, and prints each tool's character error rate against the
# source text beside each PDF (shared/corpus/text) and its pages per second, side by side with ratios.
# PyMuPDF joins the table when python3 can import it (or with --pymupdf, which installs it in a venv).
#
#   bash benches/pdf_compare.sh [--rounds N] [--pymupdf]
#
# Timing: every file is extracted by a fresh process of vanban's `pdftext` and of pdftotext (start-up included
# for both), the tools interleaved, N rounds (default 3); a file's time is its fastest round. PyMuPDF is timed
# inside one Python process (its start-up and import would otherwise dominate), and so is vanban once more
# (`pdftext --out`, time around `extract` only) for the like-for-like line under the table.
# CER: `pdftext --cer`, the metric of crates/vanban-pdf/src/quality.rs (NFC, white space collapsed, exact
# Levenshtein over characters).
set -euo pipefail

ROUNDS=3
WANT_PYMUPDF=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --pymupdf) WANT_PYMUPDF=1; shift ;;
    *) echo "usage: $0 [--rounds N] [--pymupdf]" >&2; exit 2 ;;
  esac
done

REPO="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${VANBAN_SHARED:-$REPO/../shared}"
CORPUS="$SHARED/corpus"
if [ ! -d "$CORPUS/pdf" ]; then
  echo "no shared corpus at $CORPUS (set VANBAN_SHARED)" >&2
  exit 1
fi

if ! command -v pdftotext >/dev/null 2>&1; then
  echo "pdftotext is missing: installing poppler-utils with apt-get" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2 && $SUDO apt-get install -y -qq poppler-utils >&2
fi

PY=""
VENV="$REPO/target/pdf-compare-venv"
if python3 -c "import fitz" >/dev/null 2>&1; then
  PY="python3"
elif [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import fitz" >/dev/null 2>&1; then
  PY="$VENV/bin/python"
elif [ "$WANT_PYMUPDF" = 1 ]; then
  echo "installing PyMuPDF in $VENV" >&2
  python3 -m venv "$VENV" >&2 && "$VENV/bin/pip" install -q pymupdf >&2 && PY="$VENV/bin/python"
else
  echo "PyMuPDF not found: run with --pymupdf to install it (in target/) and add it to the table" >&2
fi

echo "building vanban-pdf (release)..." >&2
(cd "$REPO" && cargo build --release -q -p vanban-pdf --example pdftext)
VANBAN="$REPO/target/release/examples/pdftext"

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
mkdir -p "$OUT/vanban" "$OUT/pdftotext" "$OUT/pymupdf"

now() { date +%s%N; }

TOOLS="vanban pdftotext"
[ -n "$PY" ] && TOOLS="$TOOLS pymupdf"

run_tool() { # tool pdf out
  case "$1" in
    vanban) "$VANBAN" "$2" >"$3" ;;
    pdftotext) pdftotext -enc UTF-8 "$2" "$3" ;;
  esac
}

# One Python process over all files: "name<TAB>nanoseconds" per file.
pymupdf_all() { # outdir files...
  "$PY" - "$@" <<'PYEOF'
import os, sys, time
try:
    import pymupdf as fitz
except ImportError:
    import fitz
out = sys.argv[1]
for path in sys.argv[2:]:
    name = os.path.splitext(os.path.basename(path))[0]
    t0 = time.perf_counter_ns()
    with fitz.open(path) as d:
        text = "\f".join(p.get_text() for p in d)
    t1 = time.perf_counter_ns()
    open(os.path.join(out, name + ".txt"), "w", encoding="utf-8").write(text)
    print(f"{name}\t{t1 - t0}")
PYEOF
}

keep_best() { # key ns
  if [ -z "${BEST[$1]:-}" ] || [ "$2" -lt "${BEST[$1]}" ]; then BEST[$1]=$2; fi
}

declare -A BEST
FILES=("$CORPUS"/pdf/*.pdf)
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round/$ROUNDS..." >&2
  for pdf in "${FILES[@]}"; do
    name="$(basename "$pdf" .pdf)"
    for tool in vanban pdftotext; do
      t0=$(now)
      run_tool "$tool" "$pdf" "$OUT/$tool/$name.txt" 2>/dev/null || true
      t1=$(now)
      keep_best "$tool/$name" $((t1 - t0))
    done
  done
  if [ -n "$PY" ]; then
    while IFS=$'\t' read -r name ns; do keep_best "pymupdf/$name" "$ns"; done < <(pymupdf_all "$OUT/pymupdf" "${FILES[@]}")
  fi
  mkdir -p "$OUT/inproc"
  while IFS=$'\t' read -r file pages secs; do
    [ "$pages" = error ] && continue
    keep_best "inproc/$(basename "$file" .pdf)" "$(awk -v s="$secs" 'BEGIN {printf "%d", s * 1e9}')"
  done < <("$VANBAN" --out "$OUT/inproc" "${FILES[@]}" 2>&1 >/dev/null || true)
done

printf '%-48s %5s' "document" "pages"
for tool in $TOOLS; do printf ' %11s' "$tool CER"; done
for tool in $TOOLS; do printf ' %11s' "$tool p/s"; done
printf '\n'

ROWS="$OUT/rows.tsv"
: >"$ROWS"
for pdf in "${FILES[@]}"; do
  name="$(basename "$pdf" .pdf)"
  ref="$CORPUS/text/$name.txt"
  [ -f "$ref" ] || continue
  pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  line="$name	$pages"
  printf '%-48s %5s' "${name:0:48}" "$pages"
  cers=""; speeds=""
  for tool in $TOOLS; do
    hyp="$OUT/$tool/$name.txt"
    [ -f "$hyp" ] || : >"$hyp"
    cer=$("$VANBAN" --cer "$ref" "$hyp")
    ns=${BEST[$tool/$name]}
    line="$line	$cer	$ns"
    cers="$cers $(awk -v c="$cer" 'BEGIN {printf "%10.2f%%", 100 * c}')"
    speeds="$speeds $(awk -v p="$pages" -v ns="$ns" 'BEGIN {printf "%11.1f", p / (ns / 1e9)}')"
  done
  printf '%s%s\n' "$cers" "$speeds"
  printf '%s\n' "$line" >>"$ROWS"
done

# Totals: mean CER over documents, CER weighted by reference length is not needed here; pages/s over all pages.
awk -F'\t' -v tools="$TOOLS" '
  BEGIN { n = split(tools, T, " ") }
  { docs++; pages += $2; for (i = 1; i <= n; i++) { cer[i] += $(1 + 2 * i); ns[i] += $(2 + 2 * i) } }
  END {
    printf "%-48s %5d", "ALL (" docs " PDFs): mean CER, pages/s", pages
    for (i = 1; i <= n; i++) printf " %10.2f%%", 100 * cer[i] / docs
    for (i = 1; i <= n; i++) printf " %11.1f", pages / (ns[i] / 1e9)
    printf "\n\n"
    for (i = 2; i <= n; i++) {
      if (cer[i] / docs < 1e-4) ratio = "n/a (its CER is 0: the source texts were taken with it)"
      else ratio = sprintf("%.2f (lower is better)", (cer[1] / docs) / (cer[i] / docs))
      printf "vanban / %s: CER ratio %s, speed ratio %.2f (higher is better)\n", \
        T[i], ratio, (pages / (ns[1] / 1e9)) / (pages / (ns[i] / 1e9))
    }
  }' "$ROWS"
INPROC=0
for pdf in "${FILES[@]}"; do INPROC=$((INPROC + ${BEST[inproc/$(basename "$pdf" .pdf)]:-0})); done
awk -v ns="$INPROC" -F'\t' '{ pages += $2 } END {
  printf "vanban in-process (extract() alone, no process start-up): %.1f pages/s\n", pages / (ns / 1e9) }' "$ROWS"
[ -n "$PY" ] && echo "pymupdf: PyMuPDF $("$PY" -W ignore -c 'import fitz; print(fitz.VersionBind)'), timed in-process"
echo
echo "pdftotext: $(pdftotext -v 2>&1 | head -1); rounds: $ROUNDS (fastest kept); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
