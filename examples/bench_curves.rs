//! Scaling curves (issue 6): how the engine's time grows with its input, for
//! `scripts/bench-curves.mjs` to fit and plot.
//! - render: one `render` of the reference letter (P1's setup: context `specific`, fr) against
//!   the number of items in its `#items_list` table;
//! - check: `check` against the template's size, the reference letter repeated from 1 KB to 1 MB;
//! - agenda: `Portfolio::from_json` + `agenda` on the sample generator's portfolio (P4's) against
//!   its number of items, with its memory.
//!
//! `cargo run --release --example bench_curves` prints one JSON object. Each agenda point runs
//! in a fresh process (this example again, `bench_curves agenda ITEMS`), so that its peak
//! resident memory is its own and not the largest point's so far.

use std::hint::black_box;
use std::process::Command;
use std::time::Instant;

use dunning::agenda::{agenda, Filters};
use dunning::portfolio::Portfolio;
use dunning::render::render;
use dunning::sample::{self, Options};
use dunning::{check, CheckOptions, Context};
use serde_json::{json, Value};

#[path = "../benches/support/portfolio.rs"]
mod generated;
use generated::REFERENCE_LETTER;
#[path = "../benches/support/measure.rs"]
mod measure;
use measure::{median, memory_mb};

const RENDER_ITEMS: [usize; 7] = [10, 30, 100, 300, 1_000, 3_000, 10_000];
const CHECK_BYTES: [usize; 6] = [1 << 10, 4 << 10, 16 << 10, 64 << 10, 256 << 10, 1 << 20];
const AGENDA_ITEMS: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

/// The reference date of the sample (as P4's).
const D: &str = "2026-11-23";

/// One point of a series: the median time of `f` over samples of a batch of calls each, the
/// batch sized so that a sample lasts about a millisecond (the clock's resolution then does not
/// count), taken until there are at least 5 samples and 200 ms of them; with the page faults
/// per call, which tell the allocator's fresh pages from the engine's own work.
fn point<R>(size: usize, mut f: impl FnMut() -> R) -> Value {
    let start = Instant::now();
    black_box(f()); // Also the warm-up: memos filled, pages touched.
    let batch = (1e-3 / start.elapsed().as_secs_f64()).clamp(1.0, 10_000.0) as usize;
    let (mut samples, mut total, faults) = (Vec::new(), 0.0, minor_faults());
    while samples.len() < 5 || total < 0.2 {
        let start = Instant::now();
        for _ in 0..batch {
            black_box(f());
        }
        let seconds = start.elapsed().as_secs_f64();
        total += seconds;
        samples.push(seconds / batch as f64);
    }
    let faults = (minor_faults() - faults) as f64 / (samples.len() * batch) as f64;
    json!({
        "size": size, "time_us": us(median(&mut samples)), "samples": samples.len(), "calls_per_sample": batch,
        "page_faults_per_call": faults.round() as u64,
    })
}

/// Minor page faults of this process so far (Linux's /proc/self/stat; 0 elsewhere): the fresh
/// pages the allocator got from the kernel and touched.
fn minor_faults() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command's closing parenthesis, from the state (field 3) on: minflt
    // is field 10.
    stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().nth(7)?.parse().ok()).unwrap_or(0)
}

fn us(seconds: f64) -> f64 {
    (seconds * 1e7).round() / 10.0
}

fn render_curve() -> Value {
    let options = generated::reference_options();
    let points: Vec<Value> = RENDER_ITEMS
        .iter()
        .map(|&items| {
            // One customer with `items` open invoices: the whole table is hers.
            let portfolio = Portfolio::from_json(&generated::portfolio(1, items)).unwrap();
            let rows = render(&portfolio, REFERENCE_LETTER, &options).unwrap().output.matches("<tr").count();
            assert!(rows > items, "{items} items and a total");
            point(items, || render(&portfolio, REFERENCE_LETTER, &options).unwrap())
        })
        .collect();
    json!({"unit": "items", "points": points})
}

/// The reference letter's paragraphs, repeated in turn until `bytes` are reached: realistic
/// text, one hashtag every 100 bytes or so, and an `#items_list` table per letter.
fn template_of(bytes: usize) -> String {
    let mut template = String::with_capacity(bytes + REFERENCE_LETTER.len());
    for paragraph in REFERENCE_LETTER.split("\n\n").cycle() {
        if template.len() >= bytes {
            break;
        }
        template.push_str(paragraph);
        template.push_str("\n\n");
    }
    template
}

fn check_curve() -> Value {
    let options = CheckOptions { context: Context::Specific, ..CheckOptions::default() };
    let points: Vec<Value> = CHECK_BYTES
        .iter()
        .map(|&bytes| {
            let template = template_of(bytes);
            assert!(check(&template, &options).is_empty(), "the repeated letter is clean");
            point(template.len(), || check(&template, &options))
        })
        .collect();
    json!({"unit": "bytes", "points": points})
}

/// One agenda point, in this (fresh) process: P4's load + agenda at `items` items and
/// `items / 10` customers, and the memory the point added to the process.
fn agenda_point(items: usize) -> Value {
    let baseline_mb = memory_mb("VmRSS");
    let date = D.parse().expect("a date");
    let text = sample::to_json(&Options { seed: 1, date, customers: items / 10, items });
    let text_mb = memory_mb("VmHWM");
    let (mut load, mut compute, mut total, mut rows) = (Vec::new(), Vec::new(), Vec::new(), 0);
    // Rounds until 200 ms, as the other series' samples, but at least 3 as P4's rather than 5:
    // the largest point's rounds last seconds each.
    while total.len() < 3 || total.iter().sum::<f64>() < 0.2 {
        let start = Instant::now();
        let portfolio = Portfolio::from_json(&text).unwrap_or_else(|error| panic!("{error}"));
        load.push(start.elapsed().as_secs_f64());
        let start = Instant::now();
        let agenda = agenda(&portfolio, date, None, &Filters::default());
        compute.push(start.elapsed().as_secs_f64());
        total.push(load.last().unwrap() + compute.last().unwrap());
        rows = agenda.actions.len();
        // Both dropped here, untimed, before the next round, as a caller would.
    }
    let peak_mb = memory_mb("VmHWM");
    json!({
        "size": items, "customers": items / 10, "json_bytes": text.len(), "rows": rows, "samples": total.len(),
        "time_us": us(median(&mut total)), "load_us": us(median(&mut load)), "agenda_us": us(median(&mut compute)),
        "baseline_rss_mb": baseline_mb, "text_peak_rss_mb": text_mb, "peak_rss_mb": peak_mb,
        // What the point added to the process: the JSON text, the portfolio, the agenda.
        "memory_mb": ((peak_mb - baseline_mb) * 100.0).round() / 100.0,
    })
}

fn agenda_curve() -> Value {
    let exe = std::env::current_exe().expect("this example's path");
    let points: Vec<Value> = AGENDA_ITEMS
        .iter()
        .map(|items| {
            let out = Command::new(&exe).args(["agenda", &items.to_string()]).output().expect("run an agenda point");
            assert!(out.status.success(), "agenda {items}: {}", String::from_utf8_lossy(&out.stderr));
            serde_json::from_slice(&out.stdout).expect("an agenda point's JSON")
        })
        .collect();
    json!({"unit": "items", "points": points})
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => println!("{}", json!({"render": render_curve(), "check": check_curve(), "agenda": agenda_curve()})),
        [mode, items] if mode == "agenda" => {
            println!("{}", agenda_point(items.parse().expect("agenda ITEMS: a number of items")));
        }
        _ => {
            eprintln!("usage: bench_curves [agenda ITEMS]");
            std::process::exit(2);
        }
    }
}
