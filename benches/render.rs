//! P1 (render half) and P3 of quality.md, natively:
//! - P1: render the reference letter (about 2 KB of Markdown, `#items_list` of 50 items, fr)
//!   for one customer, as an e-mail body;
//! - P3: 10,000 one-page letters into one printable document.
//!
//! The portfolio is generated here, deterministically; nothing large is committed.

use criterion::{criterion_group, criterion_main, Criterion};
use dunning::agenda::letters;
use dunning::portfolio::Portfolio;
use dunning::render::render;
use std::hint::black_box;

#[path = "support/portfolio.rs"]
mod generated;
use generated::{portfolio, reference_options, REFERENCE_LETTER};

fn render_reference_letter(c: &mut Criterion) {
    let portfolio = Portfolio::from_json(&portfolio(1, 50)).unwrap();
    let options = reference_options();
    let rendered = render(&portfolio, REFERENCE_LETTER, &options).unwrap();
    assert!(rendered.output.matches("<tr").count() > 50, "50 items and a total");
    c.bench_function("P1 render reference letter, 50 items (native)", |b| {
        b.iter(|| render(black_box(&portfolio), black_box(REFERENCE_LETTER), black_box(&options)).unwrap())
    });
}

fn ten_thousand_letters(c: &mut Criterion) {
    let portfolio = Portfolio::from_json(&portfolio(10_000, 3)).unwrap();
    let actions: Vec<(String, String)> = portfolio.customers.iter().map(|c| (c.id.clone(), "lr".to_owned())).collect();
    let date = "2026-11-22".parse().unwrap();
    let document = letters(&portfolio, date, &actions, |_| {}).unwrap().document;
    assert_eq!(document.matches("<section class=\"letter\"").count(), 10_000);
    let mut group = c.benchmark_group("P3");
    group.sample_size(10);
    group.bench_function("10,000 letters into one document (native)", |b| {
        b.iter(|| letters(black_box(&portfolio), date, black_box(&actions), |_| {}).unwrap().document.len())
    });
    group.finish();
}

criterion_group!(benches, render_reference_letter, ten_thousand_letters);
criterion_main!(benches);
