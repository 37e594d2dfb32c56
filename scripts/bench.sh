#!/usr/bin/env bash
# The benchmark suite (so far P2 of ../shared/spec/quality.md), natively (criterion) and as wasm
# in Node; rewrites BENCHMARKS.md with the machine, the date, the commands and the figures.
# Run through `make bench`, which builds pkg/ first.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo bench --bench check -- --noplot >&2
native_ns=$(node -e '
  const e = require(process.argv[1]);
  console.log(e.median.point_estimate.toFixed(0));
' "$PWD/target/criterion/P2/check reference letter (native)/new/estimates.json")
wasm=$(node scripts/bench-wasm.mjs)
field() { node -e 'console.log(JSON.parse(process.argv[1])[process.argv[2]])' "$wasm" "$1"; }

cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)
letter_bytes=$(wc -c < examples/templates/reference-letter.md)
hashtags=$(grep -o '#[a-z][a-z_]*[a-z]' examples/templates/reference-letter.md | wc -l)
native_us=$(node -e "console.log((${native_ns}/1000).toFixed(2))")

cat > BENCHMARKS.md <<MD
# Benchmarks

Written by \`make bench\` (scripts/bench.sh); budgets from \`../shared/spec/quality.md\`.
Absolute times drift on a shared machine: compare figures from the same run.

- Date: $(date -u +%Y-%m-%d)
- Machine: ${cpu}, $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB
- Toolchain: $(rustc --version), Node $(node --version)
- Reference letter: \`examples/templates/reference-letter.md\`, ${letter_bytes} bytes of Markdown,
  ${hashtags} hashtags including the \`#items_list\` table, checked for \`email\`, context \`specific\`.

## P2 — check alone of the reference letter (the editor's per-keystroke work)

| where | command | median | budget |
|---|---|---|---|
| native (criterion, \`release\`) | \`cargo bench --bench check\` | ${native_us} µs | — |
| wasm in Node (\`pkg/\`, \`check()\` through the JS API) | \`node scripts/bench-wasm.mjs\` | $(field median_us) µs (5 rounds: $(field min_round_us)–$(field max_round_us) µs, $(field iterations) runs) | ≤ 20 µs |

## Size — the \`.wasm\` of \`pkg/\` (P5's budget, 250 KB, is for \`.wasm\` + JS glue)

| file | bytes | gzip -9 |
|---|---|---|
| \`pkg/dunning_bg.wasm\` | $(field wasm_bytes) | $(field wasm_gzip_bytes) |

The wasm profile compiles pulldown-cmark and this crate at \`opt-level = 3\` and the rest at
\`"z"\` (Cargo.toml). All-\`"z"\` measured, on 2026-11-22: 109.7 KB gzip and a 59 µs median for
P2; the per-package setting: +16 KB gzip for a 3× faster check.
MD
cat BENCHMARKS.md
