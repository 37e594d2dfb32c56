//! Portfolio loading on arbitrary text (seeded with the example portfolios, see
//! docs/fuzzing.md), then everything a loaded portfolio feeds: it must never panic; a portfolio
//! that loads saves to JSON that loads again to the same JSON; the agenda, `complete`,
//! `confirm` and the letters of the agenda run on it.
#![no_main]

use dunning::agenda::{self, Filters};
use dunning::date::Date;
use dunning::portfolio::Portfolio;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(mut portfolio) = Portfolio::from_json(text) else { return };
    let saved = portfolio.to_json();
    let again = Portfolio::from_json(&saved).expect("what was saved loads again");
    assert_eq!(again.to_json(), saved);

    let date: Date = "2026-11-22".parse().unwrap();
    let today = agenda::agenda(&portfolio, date, None, &Filters::default());
    let letters: Vec<(String, String)> = today
        .actions
        .iter()
        .filter(|action| action.channel.is_letter())
        .map(|action| (action.customer.clone(), action.action.clone()))
        .collect();
    let _ = agenda::letters(&portfolio, date, &letters, |_| {});
    if let Some(first) = today.actions.first() {
        let (customer, action) = (first.customer.clone(), first.action.clone());
        let _ = agenda::confirm(&mut portfolio, &customer, &action, date);
        agenda::complete(&mut portfolio, &customer, &action, date, None).expect("an action of the agenda completes");
        Portfolio::from_json(&portfolio.to_json()).expect("history that complete appended loads");
    }
});
