//! The collection history (scenarios-agenda.md, "Indicators, filters, history"): newest first,
//! with names, under the agenda's filters and the viewer's role, as rows and as RFC 4180 CSV;
//! natively and in Node.

use dunning::agenda::history::{history, to_csv};
use dunning::agenda::{complete, Filters};
use dunning::channel::Channel;
use dunning::portfolio::{Mode, Portfolio};
use dunning::Context;
use serde_json::{json, Value};
use wasm_bindgen_test::wasm_bindgen_test;

/// C1 (u1, SME) and C2 (u2, ETI, "Smith, Jones & Co"); scenario `s` (pre e-mail automatic,
/// call manual); a specific letter `sa` of C2; four history entries, recorded out of date order.
fn portfolio() -> Portfolio {
    let json = json!({
        "company": {"name": "Acme", "currency": "EUR", "locale": "en"},
        "users": [{"id": "u1", "name": "Claire Martin", "role": "collector"},
                  {"id": "u2", "name": "Bob \"the closer\" Lee", "role": "collector"},
                  {"id": "m1", "name": "Hélène Rousseau", "role": "manager"},
                  {"id": "x1", "name": "No role"}],
        "scenarios": [{"id": "s", "actions": [
            {"id": "pre", "name": "Courtesy reminder", "offset_days": -5, "channel": "email", "mode": "automatic", "body": "x"},
            {"id": "call", "name": "Call", "offset_days": 15, "channel": "phone_call", "mode": "manual", "body": "x"}
        ]}],
        "customers": [
            {"id": "C1", "name": "Dupont SARL", "collector": "u1", "scenario": "s", "fields": {"segment": "SME"}},
            {"id": "C2", "name": "Smith, Jones & Co", "collector": "u2", "scenario": "s", "fields": {"segment": "ETI"}}
        ],
        "items": [
            {"id": "i1", "customer": "C1", "kind": "invoice", "reference": "F1", "due_date": "2026-10-01",
             "amount": "100", "outstanding": "100", "currency": "EUR"},
            {"id": "i2", "customer": "C1", "kind": "invoice", "reference": "F2", "due_date": "2026-10-01",
             "amount": "100", "outstanding": "100", "currency": "EUR"},
            {"id": "j1", "customer": "C2", "kind": "invoice", "reference": "G1", "due_date": "2026-10-01",
             "amount": "100", "outstanding": "100", "currency": "EUR"}
        ],
        "specific_actions": [{"id": "sa", "customer": "C2", "items": ["j1"], "date": "2026-11-02",
                              "channel": "letter", "mode": "manual", "subject": "Agreed payment plan", "body": "x"}],
        "history": [
            {"customer": "C1", "action": "pre", "done_on": "2026-09-26", "items": ["i1", "i2"], "by": "u1", "channel": "email"},
            {"customer": "C2", "action": "pre", "done_on": "2026-09-26", "items": ["j1"]},
            {"customer": "C2", "action": "sa", "done_on": "2026-11-02", "items": ["j1"], "by": "u2"},
            {"customer": "C1", "action": "call", "done_on": "2026-10-16", "items": ["i1"], "by": "m1", "channel": "phone_call"}
        ]
    });
    Portfolio::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

/// `customer:action@done_on`, in listing order.
fn listed(portfolio: &Portfolio, filters: &Filters) -> Vec<String> {
    history(portfolio, filters).iter().map(|row| format!("{}:{}@{}", row.customer, row.action, row.done_on)).collect()
}

#[wasm_bindgen_test(unsupported = test)]
fn history_is_newest_first_and_same_day_entries_last_recorded_first() {
    assert_eq!(
        listed(&portfolio(), &Filters::default()),
        ["C2:sa@2026-11-02", "C1:call@2026-10-16", "C2:pre@2026-09-26", "C1:pre@2026-09-26"]
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn rows_carry_the_names_and_what_the_action_says_when_the_entry_does_not() {
    let portfolio = portfolio();
    let rows = history(&portfolio, &Filters::default());
    let json: Value = serde_json::to_value(&rows).unwrap();
    assert_eq!(
        json[0],
        json!({"done_on": "2026-11-02", "customer": "C2", "customer_name": "Smith, Jones & Co", "action": "sa",
               "action_name": "Agreed payment plan", "kind": "specific", "channel": "letter", "items": ["j1"],
               "references": ["G1"], "overdue": [{"amount": "100.00", "currency": "EUR"}],
               "by": "u2", "by_name": "Bob \"the closer\" Lee"})
    );
    // No channel nor author recorded: the channel is the step's. j1 was not due yet then.
    assert_eq!(
        json[2],
        json!({"done_on": "2026-09-26", "customer": "C2", "customer_name": "Smith, Jones & Co", "action": "pre",
               "action_name": "Courtesy reminder", "kind": "scenario", "channel": "email", "items": ["j1"],
               "references": ["G1"], "overdue": [], "by": null, "by_name": null})
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn history_follows_the_agenda_filters_except_state() {
    let portfolio = portfolio();
    let by = |filters: Filters| listed(&portfolio, &filters);
    assert_eq!(
        by(Filters { collector: Some("u1".into()), ..Filters::default() }),
        ["C1:call@2026-10-16", "C1:pre@2026-09-26"]
    );
    assert_eq!(
        by(Filters { channel: Some(Channel::Email), ..Filters::default() }),
        ["C2:pre@2026-09-26", "C1:pre@2026-09-26"]
    );
    assert_eq!(
        by(Filters { mode: Some(Mode::Manual), ..Filters::default() }),
        ["C2:sa@2026-11-02", "C1:call@2026-10-16"]
    );
    assert_eq!(
        by(Filters { fields: vec![("segment".into(), "ETI".into())], ..Filters::default() }),
        ["C2:sa@2026-11-02", "C2:pre@2026-09-26"]
    );
    let state = Filters { state: Some(dunning::agenda::State::Late), ..Filters::default() };
    assert_eq!(by(state).len(), 4, "state describes agenda rows, not what is done");
}

#[wasm_bindgen_test(unsupported = test)]
fn a_collector_sees_their_own_accounts_by_default() {
    let portfolio = portfolio();
    let seen = |user: &str, filters: Filters| listed(&portfolio, &filters.seen_by(&portfolio, user).unwrap());
    assert_eq!(seen("u2", Filters::default()), ["C2:sa@2026-11-02", "C2:pre@2026-09-26"]);
    assert_eq!(seen("u2", Filters { collector: Some("u1".into()), ..Filters::default() }).len(), 2, "unless asked");
    assert_eq!(seen("m1", Filters::default()).len(), 4, "a manager sees everything");
    assert_eq!(seen("x1", Filters::default()).len(), 4, "so does a user without a role");
    let error = Filters::default().seen_by(&portfolio, "nobody").unwrap_err();
    assert!(error.kind() == dunning::ErrorKind::NotFound && error.to_string().contains("\"nobody\""), "{error}");
}

#[wasm_bindgen_test(unsupported = test)]
fn completing_an_action_shows_first_in_the_history() {
    let mut portfolio = portfolio();
    complete(&mut portfolio, "C2", "call", "2026-11-23".parse().unwrap(), Some("u2".into())).unwrap();
    let rows = history(&portfolio, &Filters::default());
    assert_eq!(
        (rows[0].action, rows[0].kind, rows[0].channel),
        ("call", Some(Context::Scenario), Some(Channel::PhoneCall))
    );
    assert_eq!((rows[0].by_name, rows[0].done_on.to_string().as_str()), (Some("Bob \"the closer\" Lee"), "2026-11-23"));
}

#[wasm_bindgen_test(unsupported = test)]
fn history_csv_has_a_header_crlf_lines_and_quotes_where_needed() {
    let portfolio = portfolio();
    let csv = to_csv(&history(&portfolio, &Filters { collector: Some("u2".into()), ..Filters::default() }));
    assert_eq!(
        csv,
        "done_on,customer,customer_name,action,action_name,kind,channel,references,overdue_amount,currency,by,by_name\r\n\
         2026-11-02,C2,\"Smith, Jones & Co\",sa,Agreed payment plan,specific,letter,G1,100.00,EUR,u2,\"Bob \"\"the closer\"\" Lee\"\r\n\
         2026-09-26,C2,\"Smith, Jones & Co\",pre,Courtesy reminder,scenario,email,G1,,,,\r\n"
    );
    let all = to_csv(&history(&portfolio, &Filters::default()));
    assert!(
        all.contains("\r\n2026-09-26,C1,Dupont SARL,pre,Courtesy reminder,scenario,email,F1 F2,,,u1,Claire Martin\r\n")
    );
    assert_eq!(
        to_csv(&[]),
        "done_on,customer,customer_name,action,action_name,kind,channel,references,overdue_amount,currency,by,by_name\r\n"
    );
}
