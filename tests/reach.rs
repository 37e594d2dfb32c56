//! What a template does to every customer it reaches (`dunning::reach`): counts across the
//! customers, the new data diagnostics, and the portfolio's report over every template.

use dunning::portfolio::Portfolio;
use dunning::reach::{portfolio_reach, reach, Reach, ReachOptions, Target};
use dunning::{Channel, Context, Format};
use wasm_bindgen_test::wasm_bindgen_test;

const SPEC: &str = include_str!("../examples/portfolio.json");

fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Portfolio {
    let mut json: serde_json::Value = serde_json::from_str(SPEC).unwrap();
    edit(&mut json);
    Portfolio::from_json(&json.to_string()).unwrap()
}

/// `source` over every customer of the portfolio.
fn over_all(portfolio: &Portfolio, source: &str, channel: Channel, format: Format) -> Reach {
    let options = ReachOptions {
        date: "2026-11-22".parse().unwrap(),
        channel,
        context: Context::Scenario,
        format,
        subject: None,
    };
    let mut targets = portfolio.customers.iter().map(|customer| Target { customer, selected: Vec::new() });
    reach(portfolio, source, &mut targets, &options)
}

fn codes(reach: &Reach) -> Vec<&'static str> {
    reach.diagnostics.iter().map(|d| d.code.name()).collect()
}

#[wasm_bindgen_test(unsupported = test)]
fn missing_values_are_counted_with_the_first_customers() {
    let portfolio = edited(|p| p["customers"][1]["contacts"][0]["first_name"] = serde_json::Value::Null);
    let reach = over_all(&portfolio, "Dear #contact_first_name,", Channel::Email, Format::Markdown);
    assert_eq!(reach.customers, 3);
    assert_eq!(reach.missing_values.len(), 1);
    assert_eq!(reach.missing_values[0].hashtag, "contact_first_name");
    assert_eq!(
        (reach.missing_values[0].customers.count, reach.missing_values[0].customers.first.clone()),
        (1, vec!["C002".to_owned()])
    );
    let diagnostic = &reach.diagnostics[0];
    assert_eq!(diagnostic.code.name(), "missing-value");
    assert_eq!(diagnostic.message, "#contact_first_name has no value for 1 of 3 customers (C002)");
    assert_eq!((diagnostic.location.line, diagnostic.location.column), (1, 6));
}

#[wasm_bindgen_test(unsupported = test)]
fn a_negative_amount_asked_is_an_error_in_a_scenario() {
    // C001's credit note exceeds its invoice: it is asked for less than nothing.
    let portfolio = edited(|p| p["items"][1]["outstanding"] = serde_json::json!("-1500.00"));
    let reach = over_all(&portfolio, "Please pay **#items_amount**.", Channel::Email, Format::Markdown);
    assert_eq!(codes(&reach), ["non-positive-amount"]);
    assert_eq!(reach.diagnostics[0].severity.name(), "error");
    assert!(reach.diagnostics[0].message.contains("1 of 3 customers (C001)"), "{}", reach.diagnostics[0].message);
    let amount = reach.amount.as_ref().unwrap();
    assert_eq!(amount.hashtag, "items_amount");
    let eur = amount.ranges.iter().find(|range| range.currency == "EUR").unwrap();
    assert_eq!((eur.min.as_str(), eur.max.as_str()), ("-300.00", "9230.40"), "C001 and C002 (C003 is in GBP)");
    assert_eq!(amount.non_positive.first, ["C001"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn sms_segments_range_over_the_customers() {
    let portfolio = edited(|p| p["customers"][2]["name"] = serde_json::json!("Brighton Tools Ltd — Łódź branch"));
    let reach = over_all(&portfolio, "#customer_name owes #items_amount. Pay now.", Channel::Sms, Format::Text);
    let sms = reach.sms.as_ref().unwrap();
    assert_eq!((sms.min_segments, sms.max_segments), (1, 1));
    assert_eq!(sms.ucs2.first, ["C003"], "Ł and — are outside GSM-7");
    assert_eq!(sms.longest, "C003");
}

#[wasm_bindgen_test(unsupported = test)]
fn customers_the_channel_cannot_reach_are_counted_by_reason() {
    let reach = over_all(&edited(|_| {}), "#items_amount is due.", Channel::Sms, Format::Text);
    let reasons: Vec<(&str, &[String])> =
        reach.undeliverable.iter().map(|u| (u.reason, u.customers.first.as_slice())).collect();
    assert_eq!(
        reasons,
        [("contact_missing_mobile", &["C003".to_owned()][..])],
        "C003's contact has no mobile nor phone"
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn the_portfolio_report_has_every_template_and_flags_a_step_before_the_due_date() {
    let portfolio =
        edited(|p| p["scenarios"][0]["actions"][0]["body"] = serde_json::json!("Overdue: #items_amount_overdue"));
    let report = portfolio_reach(&portfolio, "2026-11-22".parse().unwrap());
    let names: Vec<&str> = report.iter().map(|entry| entry.action.as_str()).collect();
    assert_eq!(names, ["pre", "r1", "call", "lr", "sa1"]);
    let pre = &report[0].reach;
    assert!(codes(pre).contains(&"empty-before-due"), "{:?}", codes(pre));
    let message = &pre.diagnostics.iter().find(|d| d.code.name() == "empty-before-due").unwrap().message;
    assert!(message.contains("5 day(s) before the due date"), "{message}");
    assert_eq!(report[4].context, Context::Specific);
    assert_eq!(report[4].customer.as_deref(), Some("C001"));
}
