//! The benchmarks' portfolio, generated deterministically at any size (nothing large is
//! committed), and how P1 renders the reference letter for it. Shared by `benches/render.rs`,
//! `benches/minijinja.rs`, `examples/bench_curves.rs` and `examples/bench_portfolio.rs` (which
//! prints the portfolio for the wasm benchmark in Node); each uses part of it.
#![allow(dead_code)]

use dunning::date::Date;
use dunning::render::{Output, RenderOptions};
use dunning::{Channel, Context, Format};
use serde_json::json;

/// P1's and P2's letter (quality.md): about 2 KB of Markdown, 21 hashtags, the `#items_list` table.
pub const REFERENCE_LETTER: &str = include_str!("../../examples/templates/reference-letter.md");

/// The customer whose letter P1 renders: the first one generated.
pub const CUSTOMER: &str = "C000000";

/// P1's render: the reference letter as the first customer's specific action on all her items,
/// an HTML e-mail in her language (fr), on the benchmarks' date.
pub fn reference_options() -> RenderOptions<'static> {
    RenderOptions {
        context: Some(Context::Specific),
        channel: Channel::Letter,
        format: Format::Markdown,
        output: Some(Output::Html),
        ..RenderOptions::new(CUSTOMER, "2026-11-22".parse().unwrap())
    }
}

/// A portfolio of `customers` French customers with `items` open invoices each, and a one-page
/// formal-notice letter action `lr` in their scenario.
pub fn portfolio(customers: usize, items: usize) -> String {
    let sample: serde_json::Value = serde_json::from_str(include_str!("../../examples/portfolio.json")).unwrap();
    let mut json = json!({
        "company": sample["company"],
        "users": sample["users"],
        "scenarios": [{"id": "standard", "actions": [{
            "id": "lr", "offset_days": 30, "channel": "registered_letter", "mode": "automatic_to_confirm",
            "subject": "Mise en demeure",
            "body": "Madame, Monsieur #contact_last_name,\n\nMalgré nos relances, **#items_amount_overdue** reste impayé sur votre compte #customer_code.\n\n#items_list_overdue\n\nAvec les pénalités de retard, vous nous devez #items_amount_include_late_penalties, à régler sous huit jours.",
        }]}],
        "customers": [],
        "items": [],
    });
    // A small linear congruential generator: the same portfolio every run.
    let mut state: u64 = 0x2026_1122;
    let mut next = move |bound: u64| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % bound
    };
    for c in 0..customers {
        let id = format!("C{c:06}");
        json["customers"].as_array_mut().unwrap().push(json!({
            "id": id, "code": format!("411{c:06}"), "name": format!("Client {c} SARL"),
            "address": [format!("{} rue des Lilas", 1 + next(120)), format!("{} Lyon", 69001 + next(9)), "France"],
            "country": "FR", "locale": "fr", "collector": "u1", "scenario": "standard",
            "penalties": {"interest": true, "recovery_cost": true},
            "contacts": [{"id": format!("K{c}"), "title": "M.", "first_name": "Jean", "last_name": format!("Martin{c}"),
                "email": format!("jean{c}@example.com"), "collection": true}],
        }));
        for i in 0..items {
            let cents = 10_000 + next(2_000_000);
            let amount = format!("{}.{:02}", cents / 100, cents % 100);
            let due = "2026-06-01".parse::<Date>().unwrap().add_days(next(170) as i32);
            json["items"].as_array_mut().unwrap().push(json!({
                "id": format!("I{c}-{i}"), "customer": id, "kind": "invoice", "reference": format!("F2026-{c:06}-{i:03}"),
                "issue_date": due.add_days(-30).to_string(), "due_date": due.to_string(),
                "amount": amount, "outstanding": amount, "currency": "EUR",
            }));
        }
    }
    json.to_string()
}
