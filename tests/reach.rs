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
        written_in: None,
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

#[wasm_bindgen_test(unsupported = test)]
fn each_customer_gets_the_wording_in_their_language_and_the_rest_is_a_language_mismatch() {
    // The registered letter written in English, with a French translation: C001 (fr) reads the
    // French one; C002 (de) gets the English one, said; C003 (en) is at home.
    let portfolio = edited(|p| {
        let lr = &mut p["scenarios"][0]["actions"][3];
        lr["body"] = serde_json::json!("Please pay #items_amount_include_late_penalties.");
        lr["locale"] = serde_json::json!("en");
        lr["translations"] = serde_json::json!([{"locale": "fr", "subject": "Mise en demeure", "body": "Veuillez régler #items_amount_include_late_penalties."}]);
    });
    let customer = |id: &str| portfolio.customer(id).unwrap();
    let action = portfolio.action(customer("C001"), "lr").unwrap();
    let company = portfolio.company.locale;
    assert!(action.wording(portfolio.locale_of(customer("C001")), company).body.starts_with("Veuillez"));
    assert!(action.wording(portfolio.locale_of(customer("C003")), company).body.starts_with("Please"));
    // A German reader gets the company's language (fr) before the action's own.
    let german = action.wording(portfolio.locale_of(customer("C002")), company);
    assert_eq!(german.locale.map(|l| l.tag()), Some("fr"));

    let options = ReachOptions {
        date: "2026-11-22".parse().unwrap(),
        channel: Channel::RegisteredLetter,
        context: Context::Scenario,
        format: Format::Markdown,
        subject: None,
        written_in: Some("en".parse().unwrap()),
    };
    let mut targets = portfolio.customers.iter().map(|customer| Target { customer, selected: Vec::new() });
    let reach = reach(&portfolio, "Please pay #items_amount.", &mut targets, &options);
    let mismatches: Vec<&str> =
        reach.diagnostics.iter().filter(|d| d.code.name() == "language-mismatch").map(|d| d.message.as_str()).collect();
    assert_eq!(mismatches.len(), 2, "{mismatches:?}");
    assert!(mismatches.iter().any(|m| m.contains("read in fr by 1 of 3 customers (C001)")), "{mismatches:?}");
    assert!(mismatches.iter().any(|m| m.contains("read in de by 1 of 3 customers (C002)")), "{mismatches:?}");
}

#[wasm_bindgen_test(unsupported = test)]
fn the_report_has_an_entry_per_wording_that_reaches_someone() {
    let portfolio = edited(|p| {
        let pre = &mut p["scenarios"][0]["actions"][0];
        pre["locale"] = serde_json::json!("en");
        pre["translations"] = serde_json::json!([
            {"locale": "fr", "subject": null, "body": "Bonjour #contact_name,"},
            {"locale": "ja", "subject": null, "body": "こんにちは"}
        ]);
    });
    let report = portfolio_reach(&portfolio, "2026-11-22".parse().unwrap());
    let pre: Vec<(Option<&str>, usize)> = report
        .iter()
        .filter(|entry| entry.action == "pre")
        .map(|entry| (entry.locale.map(|l| l.tag()), entry.reach.customers))
        .collect();
    // The own English wording is always reported; the unused Japanese one is not.
    assert_eq!(pre[0].0, Some("en"));
    assert!(pre.iter().all(|(locale, _)| *locale != Some("ja")), "{pre:?}");
    assert_eq!(pre.iter().map(|(_, customers)| customers).sum::<usize>(), 2, "the two customers pre reaches: {pre:?}");
}

/// A letter of the day's batch is in the customer's language when the action has it, and says
/// so when it has not (issue 16: per-language templates).
#[wasm_bindgen_test(unsupported = test)]
fn a_batch_letter_takes_the_wording_in_the_customers_language() {
    let portfolio = edited(|p| {
        let lr = &mut p["scenarios"][0]["actions"][3];
        lr["body"] = serde_json::json!("Please pay #items_amount_include_late_penalties.");
        lr["locale"] = serde_json::json!("en");
        lr["translations"] = serde_json::json!([{"locale": "fr", "subject": null, "body": "Veuillez régler #items_amount_include_late_penalties."}]);
    });
    let order = [("C001".to_owned(), "lr".to_owned()), ("C002".to_owned(), "lr".to_owned())];
    let batch = dunning::agenda::letters(&portfolio, "2026-11-22".parse().unwrap(), &order, |_| {}).unwrap();
    assert!(batch.document.contains("Veuillez régler"), "C001 reads French");
    let german: Vec<&str> = batch.diagnostics[1].2.iter().map(|d| d.code.name()).collect();
    assert!(german.contains(&"language-mismatch"), "C002 reads German, and the action has none: {german:?}");
    assert!(!batch.diagnostics[0].2.iter().any(|d| d.code.name() == "language-mismatch"));
}
