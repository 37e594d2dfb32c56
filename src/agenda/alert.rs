//! Alerts (scenarios-agenda.md): the customers each of the company's alert rules flags on a
//! date. A rule (`portfolio.alert_rules`, see [`crate::portfolio::AlertRule`] and
//! docs/alerts.md) flags a customer when all its conditions hold; the hit says why: what each
//! condition measured, as data (`findings`, for a page to say in its reader's language) and as a
//! short English detail (`overdue 12400.00 EUR; segment = SME`).
//!
//! Amounts are summed per currency by [`Account`], as the templates' hashtags sum them: a
//! condition in EUR looks at the EUR total only, never at a mix of currencies.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::account::Account;
use crate::date::Date;
use crate::money::{Currency, Decimal, Money};
use crate::portfolio::{AlertRule, Condition, Customer, Item, ItemStatus, Portfolio};

/// One customer flagged by one rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Alert {
    /// The rule's id.
    pub rule: String,
    /// The rule's name, else its id.
    pub name: String,
    pub customer: String,
    /// What the conditions measured, in rule order, joined by `; `.
    pub detail: String,
    /// The same, as data, in rule order.
    pub findings: Vec<Finding>,
}

/// What one condition measured (`condition` names it, as in the rule's JSON).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "condition", rename_all = "snake_case")]
pub enum Finding {
    /// The customer's field has one of the rule's values.
    Field { name: String, value: String },
    /// The overdue total in the rule's currency (`amount` a decimal, `.` separator).
    OverdueAbove {
        #[serde(serialize_with = "decimal")]
        amount: Money,
        currency: Currency,
    },
    OutstandingAbove {
        #[serde(serialize_with = "decimal")]
        amount: Money,
        currency: Currency,
    },
    /// The oldest overdue invoice and its days late.
    DaysOverdueAbove { reference: String, days: i32 },
    /// The item longest in the status, the status's label, and its days in it.
    Status { reference: String, status: String, label: String, days: i32 },
    /// The first item coming due, and when.
    DueWithinDays { reference: String, due_date: Date },
}

fn decimal<S: Serializer>(money: &Money, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&money.decimal())
}

impl fmt::Display for Finding {
    /// The English detail (`overdue 12400.00 EUR`), for logs, the CLI and the CSV.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Finding::Field { name, value } => write!(f, "{name} = {value}"),
            Finding::OverdueAbove { amount, .. } => write!(f, "overdue {amount}"),
            Finding::OutstandingAbove { amount, .. } => write!(f, "outstanding {amount}"),
            Finding::DaysOverdueAbove { reference, days } => write!(f, "{reference} {days} days overdue"),
            Finding::Status { reference, label, days, .. } => write!(f, "{reference} {label} for {days} days"),
            Finding::DueWithinDays { reference, due_date } => write!(f, "{reference} due {due_date}"),
        }
    }
}

/// The alerts on `date` for the customers `matches` keeps, in rule order, then by customer id.
pub fn alerts(portfolio: &Portfolio, date: Date, matches: impl Fn(&Customer) -> bool) -> Vec<Alert> {
    if portfolio.alert_rules.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(usize, Alert)> = Vec::new();
    for customer in portfolio.customers.iter().filter(|customer| matches(customer)) {
        let account = Account::new(portfolio, customer, date);
        for (position, rule) in portfolio.alert_rules.iter().enumerate() {
            if let Some(findings) = evaluate(portfolio, &account, customer, rule, date) {
                let name = rule.name.clone().unwrap_or_else(|| rule.id.clone());
                let detail = findings.iter().map(Finding::to_string).collect::<Vec<_>>().join("; ");
                let customer = customer.id.clone();
                hits.push((position, Alert { rule: rule.id.clone(), name, customer, detail, findings }));
            }
        }
    }
    crate::sort::sort_by(&mut hits, |(a, x), (b, y)| (a, &x.customer).cmp(&(b, &y.customer)));
    hits.into_iter().map(|(_, alert)| alert).collect()
}

/// What each condition measured, if every condition holds.
fn evaluate(
    portfolio: &Portfolio,
    account: &Account,
    customer: &Customer,
    rule: &AlertRule,
    date: Date,
) -> Option<Vec<Finding>> {
    rule.when.iter().map(|condition| holds(portfolio, account, customer, condition, date)).collect()
}

/// What the condition measured, if it holds.
fn holds(
    portfolio: &Portfolio,
    account: &Account,
    customer: &Customer,
    condition: &Condition,
    date: Date,
) -> Option<Finding> {
    match condition {
        Condition::Field { name, values } => {
            let value = customer.fields.get(name).filter(|value| values.contains(value))?;
            Some(Finding::Field { name: name.clone(), value: value.clone() })
        }
        Condition::OverdueAbove { amount, currency } => {
            let total = Account::outstanding(account.overdue_items()).get(*currency);
            above(total, *amount, *currency).then_some(Finding::OverdueAbove { amount: total, currency: *currency })
        }
        Condition::OutstandingAbove { amount, currency } => {
            let total = Account::outstanding(account.open_items()).get(*currency);
            above(total, *amount, *currency).then_some(Finding::OutstandingAbove { amount: total, currency: *currency })
        }
        Condition::DaysOverdueAbove(days) => {
            let oldest = worst(account.overdue_items().filter(|item| item.kind.is_dunnable()), |item| item.due_date)?;
            let late = date.days_since(oldest.due_date);
            (i64::from(late) > i64::from(*days))
                .then(|| Finding::DaysOverdueAbove { reference: oldest.reference.clone(), days: late })
        }
        Condition::Status { status, days_above } => {
            let since = |item: &Item| item.status_since.unwrap_or(item.due_date);
            let in_status = account.open_items().filter(|item| item.status.as_deref() == Some(status.as_str()));
            let longest = worst(in_status, since)?;
            let days = date.days_since(since(longest));
            let label = portfolio.item_status(status).map_or(status.as_str(), ItemStatus::name);
            (i64::from(days) > i64::from(*days_above)).then(|| Finding::Status {
                reference: longest.reference.clone(),
                status: status.clone(),
                label: label.to_owned(),
                days,
            })
        }
        Condition::DueWithinDays(days) => {
            let coming = account.open_items().filter(|item| item.kind.is_dunnable() && item.due_date >= date);
            let first = worst(coming, |item| item.due_date)?;
            (i64::from(first.due_date.days_since(date)) <= i64::from(*days))
                .then(|| Finding::DueWithinDays { reference: first.reference.clone(), due_date: first.due_date })
        }
    }
}

/// The item with the smallest key (ties: the smallest reference), the one a detail names.
fn worst<'p>(items: impl Iterator<Item = &'p Item>, key: impl Fn(&Item) -> Date) -> Option<&'p Item> {
    items.min_by(|a, b| (key(a), &a.reference).cmp(&(key(b), &b.reference)))
}

/// Whether `total` is above the threshold, which loading normalised to the currency's digits.
fn above(total: Money, threshold: Decimal, currency: Currency) -> bool {
    threshold.to_units(u32::from(currency.minor_digits())).is_some_and(|minor| total.minor > minor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};
    use wasm_bindgen_test::wasm_bindgen_test;

    const D: &str = "2026-11-23";

    fn invoice(id: &str, customer: &str, due: &str, outstanding: &str, currency: &str) -> Value {
        json!({"id": id, "customer": customer, "kind": "invoice", "reference": format!("F-{id}"), "due_date": due,
               "amount": outstanding, "outstanding": outstanding, "currency": currency})
    }

    /// C1 (SME, u1): 8,000 EUR overdue since 2026-08-01, 3,000 EUR overdue since 2026-11-01
    /// (in dispute since 2026-11-10), 500 GBP due 2026-11-27, a 1,000 EUR credit note.
    /// C2 (ETI, u2): 20,000 EUR not yet due (2026-12-15). C3: no fields, nothing open.
    fn portfolio(rules: Value) -> Portfolio {
        let mut credit = invoice("c1", "C1", "2026-10-01", "-1000.00", "EUR");
        credit["kind"] = json!("credit_note");
        let mut disputed = invoice("i2", "C1", "2026-11-01", "3000.00", "EUR");
        disputed["status"] = json!("dispute");
        disputed["status_since"] = json!("2026-11-10");
        let json = json!({
            "company": {"name": "Acme", "currency": "EUR", "locale": "en"},
            "users": [{"id": "u1", "name": "Claire"}, {"id": "u2", "name": "Bob"}],
            "item_statuses": [{"code": "dispute", "label": "Dispute", "excluded_from_scenario": true},
                              {"code": "promise", "excluded_from_scenario": true}],
            "customers": [
                {"id": "C1", "name": "One", "collector": "u1", "fields": {"segment": "SME"}},
                {"id": "C2", "name": "Two", "collector": "u2", "fields": {"segment": "ETI"}},
                {"id": "C3", "name": "Three"}
            ],
            "items": [
                invoice("i1", "C1", "2026-08-01", "8000.00", "EUR"), disputed, credit,
                invoice("g1", "C1", "2026-11-27", "500.00", "GBP"),
                invoice("j1", "C2", "2026-12-15", "20000.00", "EUR")
            ],
            "alert_rules": rules
        });
        Portfolio::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
    }

    /// `customer: detail` of the hits of one rule `{"id": "r", "when": [condition]}`.
    fn flagged(condition: Value) -> Vec<String> {
        let portfolio = portfolio(json!([{"id": "r", "when": [condition]}]));
        alerts(&portfolio, D.parse().unwrap(), |_| true)
            .into_iter()
            .map(|alert| format!("{}: {}", alert.customer, alert.detail))
            .collect()
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_field_equals_a_value_or_one_of_values() {
        assert_eq!(flagged(json!({"field": "segment", "equals": "SME"})), ["C1: segment = SME"]);
        assert_eq!(
            flagged(json!({"field": "segment", "in": ["ETI", "SME"]})),
            ["C1: segment = SME", "C2: segment = ETI"]
        );
        assert!(flagged(json!({"field": "region", "equals": "SME"})).is_empty(), "a missing field matches nothing");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn overdue_above_sums_the_overdue_items_of_that_currency_only() {
        // 8,000 + 3,000 - 1,000 (the credit note, as #items_amount_overdue counts it).
        assert_eq!(flagged(json!({"overdue_above": "9999.99", "currency": "EUR"})), ["C1: overdue 10000.00 EUR"]);
        assert!(flagged(json!({"overdue_above": "10000", "currency": "EUR"})).is_empty(), "above is strict");
        assert!(flagged(json!({"overdue_above": "0", "currency": "GBP"})).is_empty(), "the GBP item is not due");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn outstanding_above_sums_every_open_item_of_that_currency() {
        assert_eq!(flagged(json!({"outstanding_above": "10000", "currency": "EUR"})), ["C2: outstanding 20000.00 EUR"]);
        assert_eq!(flagged(json!({"outstanding_above": "499", "currency": "GBP"})), ["C1: outstanding 500.00 GBP"]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn days_overdue_counts_from_the_oldest_overdue_invoice() {
        // i1 is due 2026-08-01: 114 days before D.
        assert_eq!(flagged(json!({"days_overdue_above": 113})), ["C1: F-i1 114 days overdue"]);
        assert!(flagged(json!({"days_overdue_above": 114})).is_empty());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_status_held_for_more_than_n_days_counts_from_its_status_date() {
        // In dispute since 2026-11-10: 13 days.
        assert_eq!(flagged(json!({"status": "dispute", "days_above": 12})), ["C1: F-i2 Dispute for 13 days"]);
        assert!(flagged(json!({"status": "dispute", "days_above": 13})).is_empty());
        assert!(flagged(json!({"status": "promise", "days_above": 0})).is_empty());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn without_a_status_date_the_status_counts_from_the_due_date() {
        let mut portfolio = portfolio(json!([{"id": "r", "when": [{"status": "dispute", "days_above": 21}]}]));
        portfolio.items[1].status_since = None;
        // Due 2026-11-01: 22 days overdue while in dispute.
        let hits = alerts(&portfolio, D.parse().unwrap(), |_| true);
        assert_eq!(hits.iter().map(|a| a.detail.as_str()).collect::<Vec<_>>(), ["F-i2 Dispute for 22 days"]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn due_within_n_days_looks_at_open_invoices_not_yet_due() {
        assert_eq!(flagged(json!({"due_within_days": 4})), ["C1: F-g1 due 2026-11-27"]);
        assert!(flagged(json!({"due_within_days": 3})).is_empty());
        assert_eq!(flagged(json!({"due_within_days": 22})), ["C1: F-g1 due 2026-11-27", "C2: F-j1 due 2026-12-15"]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn every_condition_must_hold_and_the_detail_names_each() {
        let both = json!([{"id": "big-sme", "name": "SME over 5,000 EUR overdue", "when": [
            {"overdue_above": "5000", "currency": "EUR"}, {"field": "segment", "equals": "SME"}]}]);
        let hits = alerts(&portfolio(both), D.parse().unwrap(), |_| true);
        let eur = Currency::from_code("EUR").unwrap();
        assert_eq!(
            hits,
            [Alert {
                rule: "big-sme".into(),
                name: "SME over 5,000 EUR overdue".into(),
                customer: "C1".into(),
                detail: "overdue 10000.00 EUR; segment = SME".into(),
                findings: vec![
                    Finding::OverdueAbove { amount: Money::new(1_000_000, eur), currency: eur },
                    Finding::Field { name: "segment".into(), value: "SME".into() },
                ],
            }]
        );
        // As data for a page to say in its reader's language.
        assert_eq!(
            serde_json::to_value(&hits[0].findings).unwrap(),
            json!([{"condition": "overdue_above", "amount": "10000.00", "currency": "EUR"},
                   {"condition": "field", "name": "segment", "value": "SME"}])
        );
        let never = json!([{"id": "r", "when": [{"field": "segment", "equals": "ETI"}, {"days_overdue_above": 1}]}]);
        assert!(alerts(&portfolio(never), D.parse().unwrap(), |_| true).is_empty());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn alerts_come_in_rule_order_then_customer_order_for_the_kept_customers() {
        let rules = json!([
            {"id": "z-late", "when": [{"days_overdue_above": 30}]},
            {"id": "a-segment", "when": [{"field": "segment", "in": ["SME", "ETI"]}]}
        ]);
        let portfolio = portfolio(rules);
        let hits = alerts(&portfolio, D.parse().unwrap(), |_| true);
        let order: Vec<_> = hits.iter().map(|a| format!("{}:{}", a.rule, a.customer)).collect();
        assert_eq!(order, ["z-late:C1", "a-segment:C1", "a-segment:C2"]);
        assert_eq!(hits[0].name, "z-late", "a rule without name shows its id");
        let only_u2 = alerts(&portfolio, D.parse().unwrap(), |c| c.collector.as_deref() == Some("u2"));
        assert_eq!(only_u2.iter().map(|a| a.customer.as_str()).collect::<Vec<_>>(), ["C2"]);
    }
}
