# The two commands a newcomer needs: `make demo` and `make test`. Both install what is
# missing first (scripts/setup.sh), then build and run.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
WASM := target/wasm32-unknown-unknown/wasm/dunning.wasm
WASM_BINDGEN := .tools/bin/wasm-bindgen
WASM_OPT := node_modules/.bin/wasm-opt
PORT ?= 8000
# The demo's sample portfolio: the same seed and reference date every build, so the demo (it
# opens on that date) and its tests are reproducible.
SAMPLE_SEED := 1
SAMPLE_DATE := 2026-11-23

.PHONY: demo test setup build wasm sample native test-native test-wasm-node test-wasm-browser test-e2e fuzz-short bench serve clean

## Build and serve the demo on http://127.0.0.1:$(PORT)
demo: setup wasm
	@echo "dunning demo: http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory www

## Everything: native tests, wasm tests in Node and in headless Chromium, end-to-end, fuzz.
test: setup test-native test-wasm-node test-wasm-browser test-e2e fuzz-short
	@echo "make test: all suites passed"

setup:
	@scripts/setup.sh

build: native wasm

native:
	cargo build --release --bin dunning

## pkg/: the wasm module with its JS glue (wasm-bindgen --target web, wasm-opt -Oz), also
## copied to www/pkg/ for the demo.
wasm: setup sample
	cargo build --profile wasm --lib --target wasm32-unknown-unknown --no-default-features
	$(WASM_BINDGEN) --target web --out-dir pkg $(WASM)
	$(WASM_OPT) $$(cat pkg-config/wasm-opt.flags) pkg/dunning_bg.wasm -o pkg/dunning_bg.wasm
	rm -rf www/pkg && cp -r pkg www/pkg
	@printf 'pkg/dunning_bg.wasm: %s bytes, %s bytes gzip -9\n' \
	    $$(stat -c %s pkg/dunning_bg.wasm) $$(gzip -9c pkg/dunning_bg.wasm | wc -c)

## www/sample-portfolio.json, generated (not committed) by `dunning sample`.
sample:
	cargo run --quiet --bin dunning -- sample --seed $(SAMPLE_SEED) --date $(SAMPLE_DATE) > www/sample-portfolio.json.tmp
	mv www/sample-portfolio.json.tmp www/sample-portfolio.json

test-native:
	cargo test --all-targets
	cargo test --doc

test-wasm-node:
	cargo test --target wasm32-unknown-unknown --tests --no-default-features

## The same engine tests in headless Chromium (wasm-bindgen-test-runner drives chromedriver).
test-wasm-browser:
	WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver \
	    cargo test --target wasm32-unknown-unknown --tests --no-default-features

test-e2e: wasm
	cargo build --bin dunning
	node --test tests/e2e/

## A short fuzz run of the checker (longer runs: see docs/fuzzing.md); its log is kept in
## test-results/, and only its summary (or, on a crash, its end) is printed.
fuzz-short:
	@mkdir -p test-results
	@echo "fuzz: check, 30 s (log: test-results/fuzz-check.log)"
	@PATH="$$PWD/.tools/bin:$$PATH" cargo +nightly fuzz run check -- -max_total_time=30 -rss_limit_mb=2048 \
	    > test-results/fuzz-check.log 2>&1 || { tail -n 60 test-results/fuzz-check.log; exit 1; }
	@grep -E "^Done [0-9]+ runs" test-results/fuzz-check.log

bench: setup wasm
	scripts/bench.sh

clean:
	cargo clean
	rm -rf pkg www/pkg www/sample-portfolio.json
