#!/usr/bin/env bash
# Run every test: Rust (cargo) and Python (pytest, against the extension built with maturin in .venv).
# Installs what it needs; safe to re-run. Uses ../shared when present (tests skip cleanly without it).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo test"
cargo test --workspace --exclude vanban-py --exclude vanban-benches --quiet

echo "== parquet export (the optional \`parquet\` feature: arrow + parquet, ~1.5 min more to build)"
cargo test -p vanban-index --features parquet --lib export --quiet

echo "== adversarial inputs (release build: 100 MB line, a million references, linear growth)"
# one test at a time: several are timings, and on 2 cores a test parsing a 100 MB line beside a timing skews it
cargo test --release -p vanban-core --test adversarial --quiet -- --test-threads=1

echo "== python: venv, maturin, pytest"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
# pandas/polars/pyarrow (tables), dask+distributed (vanban.dask on a LocalCluster), nbformat/nbclient/ipykernel (the
# notebook run headless), mypy (stubtest keeps vanban/__init__.pyi true), networkx (the GraphML round trip), tqdm (the
# progress bar of vanban.index): all from PyPI, tests only
.venv/bin/python -m pip install --quiet "maturin>=1.5,<2" "pytest>=7" pandas polars pyarrow "dask[distributed,dataframe]" \
  nbformat nbclient ipykernel mypy networkx tqdm
VIRTUAL_ENV="$PWD/.venv" PATH="$PWD/.venv/bin:$PATH" .venv/bin/maturin develop --quiet
.venv/bin/python -m pytest -q python/tests

echo "== accuracy against the gold, with floors"
./target/debug/vanban eval corpus/gold --floors corpus/floors.json
