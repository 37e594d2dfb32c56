//! P1 (render half) and P3 of quality.md, natively:
//! - P1: render the reference letter (about 2 KB of Markdown, `#items_list` of 50 items, fr)
//!   for one customer, as an e-mail body;
//! - P3: 10,000 one-page letters into one printable document.
//!
//! The portfolio is generated here, deterministically; nothing large is committed.

use criterion::{criterion_group, criterion_main, Criterion};
use dunning::date::Date;
use dunning::portfolio::Portfolio;
use dunning::render::{letters, render, Output, RenderOptions};
use dunning::{Channel, Context, Format};
use serde_json::json;
use std::hint::black_box;

const REFERENCE_LETTER: &str = include_str!("../examples/templates/reference-letter.md");

/// A portfolio of `customers` French customers with `items` open invoices each, and a one-page
/// formal-notice letter action `lr` in their scenario.
fn portfolio(customers: usize, items: usize) -> String {
    let sample: serde_json::Value = serde_json::from_str(include_str!("../examples/portfolio.json")).unwrap();
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

fn render_reference_letter(c: &mut Criterion) {
    let portfolio = Portfolio::from_json(&portfolio(1, 50)).unwrap();
    let options = RenderOptions {
        customer: "C000000",
        selected: &[],
        context: Some(Context::Specific),
        channel: Channel::Email,
        format: Format::Markdown,
        output: Some(Output::Html),
        locale: None,
        date: "2026-11-22".parse().unwrap(),
        subject: None,
    };
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
    assert_eq!(document.matches("<section class=\"letter\">").count(), 10_000);
    let mut group = c.benchmark_group("P3");
    group.sample_size(10);
    group.bench_function("10,000 letters into one document (native)", |b| {
        b.iter(|| letters(black_box(&portfolio), date, black_box(&actions), |_| {}).unwrap().document.len())
    });
    group.finish();
}

criterion_group!(benches, render_reference_letter, ten_thousand_letters);
criterion_main!(benches);
