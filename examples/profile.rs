//! The benchmarks' work in a loop, for a profiler (`make profile`: callgrind counts
//! instructions, which another build on the machine does not change): `profile p1` renders the
//! reference letter, `p2` checks it, `p3` renders 1,000 one-page letters into one document.
//! Each runs its work once to warm up, then `N` times (the second argument, default 200).

use std::hint::black_box;

use dunning::agenda::letters;
use dunning::portfolio::Portfolio;
use dunning::render::render;
use dunning::{check, CheckOptions, Context};

#[path = "../benches/support/portfolio.rs"]
mod generated;
use generated::{portfolio, reference_options, REFERENCE_LETTER};

fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_default();
    let times: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(200);
    match what.as_str() {
        "p1" => {
            let portfolio = Portfolio::from_json(&portfolio(1, 50)).unwrap();
            let options = reference_options();
            for _ in 0..=times {
                black_box(render(&portfolio, REFERENCE_LETTER, &options).unwrap());
            }
        }
        "p2" => {
            let options = CheckOptions { context: Context::Specific, ..CheckOptions::default() };
            for _ in 0..=times {
                black_box(check(REFERENCE_LETTER, &options));
            }
        }
        "p3" => {
            let portfolio = Portfolio::from_json(&portfolio(1_000, 3)).unwrap();
            let actions: Vec<(String, String)> =
                portfolio.customers.iter().map(|c| (c.id.clone(), "lr".to_owned())).collect();
            let date = "2026-11-22".parse().unwrap();
            for _ in 0..=times.min(3) {
                black_box(letters(&portfolio, date, &actions, |_| {}).unwrap().document.len());
            }
        }
        _ => eprintln!("usage: profile p1|p2|p3 [times]"),
    }
}
