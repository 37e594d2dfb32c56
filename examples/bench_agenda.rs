//! P4 of quality.md, natively: `agenda` on a large portfolio from its JSON text (load +
//! compute), with the process's peak memory. The portfolio is the sample generator's at scale.
//!
//! `cargo run --release --example bench_agenda -- [CUSTOMERS] [ITEMS] [ROUNDS]` (default
//! 100,000 / 1,000,000 / 3) prints one JSON object: the generation time, each round's load and
//! agenda times, their medians, and the peak resident memory (Linux's VmHWM) before and after.

use std::time::Instant;

use dunning::agenda::{agenda, Filters};
use dunning::portfolio::Portfolio;
use dunning::sample::{self, Options};

#[path = "../benches/support/measure.rs"]
mod measure;
use measure::{median, memory_mb};

/// The reference date of the sample (as the demo's).
const D: &str = "2026-11-23";

fn ms(since: Instant) -> f64 {
    (since.elapsed().as_secs_f64() * 1000.0 * 10.0).round() / 10.0
}

fn main() {
    let mut args = std::env::args().skip(1).map(|arg| arg.parse::<usize>());
    let mut next = |default| args.next().and_then(Result::ok).unwrap_or(default);
    let (customers, items, rounds) = (next(100_000), next(1_000_000), next(3).max(1));
    let date = D.parse().expect("a date");

    let start = Instant::now();
    let text = sample::to_json(&Options { seed: 1, date, customers, items });
    let generate_ms = ms(start);
    let text_peak_mb = memory_mb("VmHWM");

    let (mut load, mut compute, mut rows) = (Vec::new(), Vec::new(), 0);
    for _ in 0..rounds {
        let start = Instant::now();
        let portfolio = Portfolio::from_json(&text).unwrap_or_else(|error| panic!("{error}"));
        load.push(ms(start));
        let start = Instant::now();
        let agenda = agenda(&portfolio, date, None, &Filters::default());
        compute.push(ms(start));
        rows = agenda.actions.len();
        // Dropped here, before the next round, as a caller would.
    }
    let mut total: Vec<f64> = load.iter().zip(&compute).map(|(l, c)| ((l + c) * 10.0).round() / 10.0).collect();
    println!(
        "{}",
        serde_json::json!({
            "customers": customers, "items": items, "json_bytes": text.len(), "rows": rows,
            "generate_ms": generate_ms,
            "load_ms": load, "agenda_ms": compute,
            "median_load_ms": median(&mut load.clone()), "median_agenda_ms": median(&mut compute.clone()),
            "median_total_ms": median(&mut total),
            "peak_rss_mb_text_only": text_peak_mb.round(), "peak_rss_mb": memory_mb("VmHWM").round(),
        })
    );
}
