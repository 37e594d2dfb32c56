#!/usr/bin/env bash
# Installs what the build and the tests need, each piece only if it is missing, so that
# `make demo` and `make test` work on a fresh machine (as root, with only the package
# registries reachable) and cost nothing on the second run.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

# wasm32 target for the WebAssembly build.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen CLI at exactly the version Cargo.toml pins (the bindings' format changes
# between versions). No --locked: the registry mirror lacks one locked dependency.
wasm_bindgen_version=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' Cargo.toml)
if [ "$(.tools/bin/wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wasm_bindgen_version" ]; then
    say "installing wasm-bindgen-cli $wasm_bindgen_version into .tools/ (about 2 minutes)"
    cargo install wasm-bindgen-cli --version "=$wasm_bindgen_version" --root .tools
fi

# cargo-fuzz, for the short fuzz run of `make test` (the fuzz targets build on nightly).
if [ ! -x .tools/bin/cargo-fuzz ]; then
    say "installing cargo-fuzz into .tools/"
    cargo install cargo-fuzz --root .tools
fi

# Chromium and its driver, for the wasm tests in a browser and the end-to-end tests; poppler
# for reading printed PDFs; valgrind for the benchmarks' instruction counts (callgrind).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null \
    || ! command -v valgrind >/dev/null; then
    say "installing chromium, chromium-driver, poppler-utils and valgrind (Debian)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils valgrind >/dev/null
fi

# npm packages (playwright-core, binaryen's wasm-opt, ...) exactly as the lock file says;
# a copy of the lock file inside node_modules records what was installed.
if ! cmp -s package-lock.json node_modules/.installed-lock.json; then
    say "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.installed-lock.json
fi
