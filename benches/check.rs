//! P2 (quality.md): checking the reference letter, the editor's per-keystroke work, native.
//!
//! `cargo bench --bench check`; the wasm figure comes from `scripts/bench-wasm.mjs`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dunning::{check, CheckOptions, Context};
use std::hint::black_box;

const REFERENCE_LETTER: &str = include_str!("../examples/templates/reference-letter.md");

fn check_reference_letter(c: &mut Criterion) {
    let options = CheckOptions { context: Context::Specific, ..CheckOptions::default() };
    assert!(check(REFERENCE_LETTER, &options).is_empty(), "the reference letter is clean");
    let mut group = c.benchmark_group("P2");
    group.throughput(Throughput::Bytes(REFERENCE_LETTER.len() as u64));
    group.bench_function("check reference letter (native)", |b| {
        b.iter(|| check(black_box(REFERENCE_LETTER), black_box(&options)))
    });
    group.finish();
}

criterion_group!(benches, check_reference_letter);
criterion_main!(benches);
