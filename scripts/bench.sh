#!/usr/bin/env bash
# The benchmark suite so far (P2): native (criterion) and wasm in Node. Prints the figures
# that BENCHMARKS.md records; run through `make bench`, which builds pkg/ first.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== P2 native (criterion)"
cargo bench --bench check -- --noplot 2>&1 | grep -E "^P2|time:|thrpt:"
echo "== P2 wasm in Node $(node --version)"
node scripts/bench-wasm.mjs
