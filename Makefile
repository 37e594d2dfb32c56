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

.PHONY: demo test setup build wasm sample editor package native vocabularies schema frame-hash test-native test-wasm-node test-wasm-browser test-e2e test-xss-full xss-corpus fuzz-short bench serve clean

## Build and serve the demo on http://127.0.0.1:$(PORT)
demo: setup wasm editor
	@echo "dunning demo: http://127.0.0.1:$(PORT)/ (the editor), http://127.0.0.1:$(PORT)/agenda.html (the agenda); Ctrl-C stops it"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory www

## Everything: native tests, wasm tests in Node and in headless Chromium, end-to-end, fuzz.
test: setup test-native test-wasm-node test-wasm-browser test-e2e fuzz-short
	@echo "make test: all suites passed"

setup:
	@scripts/setup.sh

build: native wasm

native:
	cargo build --release --bin dunning

# $(call module,DIR): the wasm just built, with its JS glue (wasm-bindgen --target web,
# wasm-opt -Oz) and the element's shell, into DIR; prints its size.
define module
	rm -rf $(1)
	$(WASM_BINDGEN) --target web --out-dir $(1) $(WASM)
	$(WASM_OPT) $$(cat pkg-config/wasm-opt.flags) $(1)/dunning_bg.wasm -o $(1)/dunning_bg.wasm
	cp www/shell/* $(1)/
	@printf '$(1)/dunning_bg.wasm: %s bytes, %s bytes gzip -9\n' \
	    $$(stat -c %s $(1)/dunning_bg.wasm) $$(gzip -9c $(1)/dunning_bg.wasm | wc -c)
endef

## pkg/: the module of the npm package; www/pkg/: the demo's, the same plus the editor's
## storage: drafts and the saved portfolio (feature `storage`, which the package's users have no use for).
wasm: setup editor
	cargo build --profile wasm --lib --target wasm32-unknown-unknown --no-default-features
	$(call module,pkg)
	cargo build --profile wasm --lib --target wasm32-unknown-unknown --no-default-features --features storage
	$(call module,www/pkg)

## The demo editor (www/editor/, CodeMirror 6) bundled by esbuild into www/dist/: main.js, which
## draws the first preview, and the CodeMirror chunk it imports meanwhile; and the portfolio the
## demo opens.
editor: setup www/dist/main.js www/sample-portfolio.json

www/dist/main.js: $(wildcard www/editor/*.js) $(wildcard www/editor/words/*) $(wildcard examples/templates/*) package-lock.json
	rm -rf www/dist
	node_modules/.bin/esbuild www/editor/main.js --bundle --splitting --format=esm --target=es2022 --minify \
	    --external:../pkg/dunning.js --loader:.md=text --loader:.html=text --loader:.txt=text \
	    --legal-comments=none --log-level=warning --outdir=www/dist --entry-names=[name] --chunk-names=[name]-[hash]
	@for file in www/dist/*.js; do printf '%s: %s bytes, %s bytes gzip -9\n' $$file $$(stat -c %s $$file) $$(gzip -9c $$file | wc -c); done

## The demo's portfolio, generated (not committed) by `dunning sample` with a fixed seed and
## reference date: the demo opens on $(SAMPLE_DATE).
sample: www/sample-portfolio.json

www/sample-portfolio.json: $(shell find src -name '*.rs') Cargo.lock Makefile
	cargo run --quiet --bin dunning -- sample --seed $(SAMPLE_SEED) --date $(SAMPLE_DATE) > $@.tmp
	mv $@.tmp $@

## pkg/ as the npm package (package.json and README from pkg-config/); prints P5, its gzip
## size, against pkg-config/size.conf and fails above the ceiling there. With the package's
## command line (`npx dunning check`, pkg-config/bin/): its own module in pkg/cli/, the engine
## with the CLI's `check` and `catalogue` (feature cli-core: clap, codespan-reporting; toml and
## glob for dunning.toml), which a browser never loads and P5 does not count. And the
## checker-only entry, `dunning/check` (feature check-only, profile wasm-check): pkg/check/.
package: wasm
	cargo build --profile wasm-check --lib --target wasm32-unknown-unknown --no-default-features --features check-only
	rm -rf pkg/check
	$(WASM_BINDGEN) --target web --out-dir pkg/check target/wasm32-unknown-unknown/wasm-check/dunning.wasm
	$(WASM_OPT) $$(cat pkg-config/wasm-opt.flags) pkg/check/dunning_bg.wasm -o pkg/check/dunning_bg.wasm
	cargo build --profile wasm --lib --target wasm32-unknown-unknown --no-default-features --features cli-core
	rm -rf pkg/cli
	$(WASM_BINDGEN) --target web --no-typescript --out-dir pkg/cli $(WASM)
	$(WASM_OPT) $$(cat pkg-config/wasm-opt.flags) pkg/cli/dunning_bg.wasm -o pkg/cli/dunning_bg.wasm
	scripts/package.sh

## The JS/TS vocabularies generated from the Rust tables (tests/vocabularies.rs).
vocabularies:
	UPDATE_VOCABULARIES=1 cargo test --test vocabularies

## The portfolio's JSON Schema, generated from the Rust types (tests/schema.rs).
schema:
	UPDATE_SCHEMA=1 cargo test --test schema

## The preview frame's policy names its one script by hash: rewrite it after editing the script.
frame-hash:
	node scripts/frame-hash.mjs

test-native:
	cargo test --all-targets
	cargo test --doc

test-wasm-node:
	cargo test --target wasm32-unknown-unknown --tests --no-default-features --features storage

## The same engine tests in headless Chromium (wasm-bindgen-test-runner drives chromedriver).
test-wasm-browser:
	WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver \
	    cargo test --target wasm32-unknown-unknown --tests --no-default-features --features storage

test-e2e: package editor xss-corpus
	cargo build --bin dunning
	node --test tests/e2e/

## The whole of the public XSS corpora (tests/xss/) through every HTML output, in Chromium with
## scripts on; `make test` runs a fixed sample of them (docs/security.md has the figures).
test-xss-full: setup xss-corpus
	XSS_FULL=1 node --test tests/e2e/xss.test.mjs

## The public XSS corpora, from the registries (tests/xss/SOURCES.md), into .tools/xss-corpus/.
xss-corpus: setup
	@scripts/xss-corpus.sh

## A short fuzz run of the checker (longer runs: see docs/fuzzing.md); its log is kept in
## test-results/, and only its summary (or, on a crash, its end) is printed.
fuzz-short:
	@mkdir -p test-results
	@echo "fuzz: check, 30 s (log: test-results/fuzz-check.log)"
	@PATH="$$PWD/.tools/bin:$$PATH" cargo +nightly fuzz run check -- -max_total_time=30 -rss_limit_mb=2048 \
	    > test-results/fuzz-check.log 2>&1 || { tail -n 60 test-results/fuzz-check.log; exit 1; }
	@grep -E "^Done [0-9]+ runs" test-results/fuzz-check.log

bench: setup package
	scripts/bench.sh

clean:
	cargo clean
	rm -rf pkg www/pkg www/dist www/sample-portfolio.json
