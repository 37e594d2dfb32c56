#!/usr/bin/env bash
# Makes pkg/ an npm package (after `make wasm` built the module and its glue): package.json from
# pkg-config/package.json.in with Cargo.toml's version, description and licence, the package's
# README; then prints P5 — the .wasm and JS glue, gzip -9 — against pkg-config/size.conf, and
# fails above its ceiling.
set -euo pipefail
cd "$(dirname "$0")/.."

field() { sed -n "s/^$1 = \"\(.*\)\"$/\1/p" Cargo.toml | head -n 1; }
json_string() { node -e 'process.stdout.write(JSON.stringify(process.argv[1]).slice(1, -1))' "$1"; }
sed -e "s/@VERSION@/$(field version)/" \
    -e "s/@DESCRIPTION@/$(json_string "$(field description)" | sed 's/[&/\]/\\&/g')/" \
    -e "s/@LICENSE@/$(field license)/" \
    pkg-config/package.json.in > pkg/package.json
cp pkg-config/README.md pkg/README.md
# The command line (`npx dunning check`): its script; its module is pkg/cli/ (the Makefile).
mkdir -p pkg/bin
cp pkg-config/bin/dunning.mjs pkg/bin/dunning.mjs
chmod +x pkg/bin/dunning.mjs
# The portfolio's JSON Schema and the TypeScript type made from it.
cp schema/portfolio.schema.json pkg/portfolio.schema.json
node scripts/portfolio-types.mjs schema/portfolio.schema.json pkg/portfolio.d.ts
rm -f pkg/.gitignore pkg/cli/.gitignore pkg/check/.gitignore pkg/check/dunning_bg.wasm.d.ts
# wasm-bindgen's classes declare [Symbol.dispose]: say which TypeScript library has it, so that a
# consumer compiling with an older `lib` (and skipLibCheck off) still type-checks.
if ! grep -q 'reference lib="esnext.disposable"' pkg/dunning.d.ts; then
    sed -i '1i /// <reference lib="esnext.disposable" />' pkg/dunning.d.ts
fi

# shellcheck source=../pkg-config/size.conf
source pkg-config/size.conf
total=0
printf '%-24s %10s %10s\n' file bytes gzip-9
for file in dunning_bg.wasm dunning.js dunning-preview.js; do
    bytes=$(stat -c %s "pkg/$file")
    gzipped=$(gzip -9c "pkg/$file" | wc -c)
    total=$((total + gzipped))
    printf '%-24s %10d %10d\n' "$file" "$bytes" "$gzipped"
done
kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
if [ "$total" -le "$BUDGET" ]; then
    echo "P5: $(kib "$total") gzip -9, within the budget of $(kib "$BUDGET")"
else
    echo "P5: $(kib "$total") gzip -9, over the budget of $(kib "$BUDGET") by $(kib $((total - BUDGET))) (BENCHMARKS.md, P5)"
fi
# The command line's module, which only Node loads (`npx dunning`): said, not counted in P5.
cli_bytes=$(stat -c %s pkg/cli/dunning_bg.wasm)
cli_gzipped=$(gzip -9c pkg/cli/dunning_bg.wasm | wc -c)
glue_gzipped=$(gzip -9c pkg/cli/dunning.js | wc -c)
echo "CLI module (not in P5): cli/dunning_bg.wasm $cli_bytes bytes, $(kib "$cli_gzipped") gzip -9, glue $(kib "$glue_gzipped")"
# The checker-only entry (`dunning/check`): its own budget and ceiling.
check_total=$(( $(gzip -9c pkg/check/dunning_bg.wasm | wc -c) + $(gzip -9c pkg/check/dunning.js | wc -c) ))
echo "check entry: check/dunning_bg.wasm and dunning.js, $(kib "$check_total") gzip -9 (budget $(kib "$CHECK_BUDGET"), ceiling $(kib "$CHECK_CEILING"))"
if [ "$check_total" -gt "$CHECK_CEILING" ]; then
    echo "check entry: above the ceiling of $(kib "$CHECK_CEILING") in pkg-config/size.conf: it grew" >&2
    exit 1
fi
if [ "$total" -gt "$CEILING" ]; then
    echo "P5: above the ceiling of $(kib "$CEILING") in pkg-config/size.conf: the package grew" >&2
    exit 1
fi
