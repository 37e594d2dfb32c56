#!/usr/bin/env bash
# The public XSS corpora of tests/e2e/xss.test.mjs (issue 13), taken from the package registries
# (nothing of them is committed: tests/xss/SOURCES.md says what each is, its version and
# licence) into .tools/xss-corpus/, one payload a line (`*.txt`) or one JSON string a line
# (`*.jsonl`, for payloads holding line breaks). Run once; `make test-e2e` calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.tools/xss-corpus
[ -f "$out/.done" ] && exit 0
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# BRS-KB (PyPI, MIT): 4,931 payloads for 169 contexts. The wheel is checked against its hash.
BRS_KB_WHEEL=brs_kb-4.0.2-py3-none-any.whl
BRS_KB_SHA256=$(sed -n 's/^brs-kb==4.0.2 sha256=//p' tests/xss/SOURCES.md)
python3 -m pip download --quiet --no-deps --dest "$work" brs-kb==4.0.2
echo "$BRS_KB_SHA256  $work/$BRS_KB_WHEEL" | sha256sum --check --quiet
python3 -m zipfile -e "$work/$BRS_KB_WHEEL" "$work/brs-kb"
python3 - "$work/brs-kb" "$out/brs-kb.jsonl" <<'PY'
import json, sys
sys.path.insert(0, sys.argv[1])
import brs_kb
payloads = sorted({entry["payload"] for entry in brs_kb.get_all_payloads().values() if entry["payload"].strip()})
with open(sys.argv[2], "w") as out:
    for payload in payloads:
        out.write(json.dumps(payload) + "\n")
PY

# Yahoo's xss-filters (npm, BSD-3-Clause): its fuzzer's seed, the RSnake cheat sheet's vectors.
seed=node_modules/xss-filters/tests/fuzz/bin/seed.xss
[ -f "$seed" ] || { echo "xss-corpus: $seed is missing: run npm ci" >&2; exit 1; }
grep -v '^[[:space:]]*$' "$seed" | tr -d '\r' > "$out/xss-filters-seed.txt"

touch "$out/.done"
printf 'xss-corpus: %s payloads in %s\n' "$(cat "$out"/*.jsonl "$out"/*.txt | wc -l)" "$out"
