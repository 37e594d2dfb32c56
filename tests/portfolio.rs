//! Loading portfolios (data-model.md): strict JSON, every error with its JSON path, and the
//! consistency rules; natively, in Node and in Chromium.

use dunning::portfolio::Portfolio;
use wasm_bindgen_test::wasm_bindgen_test;

const SPEC: &str = include_str!("data/spec-portfolio.json");

/// The spec's example with one JSON edit: `path` (dot-separated, numbers index arrays) set to
/// `value` (`None` removes the field).
fn edited(path: &str, value: Option<serde_json::Value>) -> String {
    let mut json: serde_json::Value = serde_json::from_str(SPEC).unwrap();
    let mut keys: Vec<&str> = path.split('.').collect();
    let last = keys.pop().unwrap();
    let mut node = &mut json;
    for key in keys {
        node = match key.parse::<usize>() {
            Ok(index) => &mut node[index],
            Err(_) => &mut node[key],
        };
    }
    match (value, last.parse::<usize>()) {
        (Some(value), Ok(index)) => node[index] = value,
        (Some(value), Err(_)) => node[last] = value,
        (None, _) => {
            node.as_object_mut().unwrap().remove(last);
        }
    }
    json.to_string()
}

fn error_of(text: &str) -> String {
    Portfolio::from_json(text).expect_err("the portfolio should not load").to_string()
}

fn set(path: &str, value: serde_json::Value) -> String {
    error_of(&edited(path, Some(value)))
}

#[wasm_bindgen_test(unsupported = test)]
fn the_spec_example_loads_with_its_defaults() {
    let portfolio = Portfolio::from_json(SPEC).unwrap();
    let customer = portfolio.customer("C001").unwrap();
    assert_eq!(portfolio.items_of("C001").map(|i| i.id.as_str()).collect::<Vec<_>>(), ["i1", "i2"]);
    assert_eq!(portfolio.item("i2").unwrap().outstanding().to_string(), "-150.00 EUR");
    assert_eq!(portfolio.collection_contact(customer).unwrap().first_name.as_deref(), Some("Jean"));
    assert_eq!(portfolio.user("u1").unwrap().name, "Claire Martin");
    assert!(portfolio.item_status("dispute").unwrap().excluded_from_scenario);
    assert_eq!(portfolio.scenario("standard").unwrap().actions.len(), 4);
}

#[wasm_bindgen_test(unsupported = test)]
fn it_round_trips_through_to_json() {
    let portfolio = Portfolio::from_json(SPEC).unwrap();
    let again = Portfolio::from_json(&portfolio.to_json()).unwrap();
    assert_eq!(again.to_json(), portfolio.to_json());
    assert_eq!(again.items.len(), 2);
}

#[wasm_bindgen_test(unsupported = test)]
fn minimal_portfolio_takes_the_defaults() {
    let portfolio = Portfolio::from_json(r#"{"company": {"name": "X", "currency": "JPY", "locale": "ja"}}"#).unwrap();
    assert!(portfolio.customers.is_empty() && portfolio.history.is_empty());
}

#[wasm_bindgen_test(unsupported = test)]
fn bad_values_name_their_json_path() {
    use serde_json::json;
    assert_eq!(
        set("items.1.due_date", json!("2026-13-45")),
        "items[1].due_date: invalid date \"2026-13-45\" (expected YYYY-MM-DD)"
    );
    assert_eq!(
        set("items.0.currency", json!("EURO")),
        "items[0].currency: unknown currency \"EURO\" (expected an ISO 4217 code such as EUR)"
    );
    assert!(set("customers.0.locale", json!("xx")).starts_with("customers[0].locale: unknown locale \"xx\""));
    assert!(set("scenarios.0.actions.1.channel", json!("fax"))
        .starts_with("scenarios[0].actions[1].channel: unknown channel \"fax\""));
    assert!(set("scenarios.0.actions.1.mode", json!("later"))
        .starts_with("scenarios[0].actions[1].mode: unknown variant `later`"));
    assert!(set("items.0.amount", json!("12,50")).starts_with("items[0].amount: invalid amount \"12,50\""));
    assert!(
        set("company.sending_window.from", json!("9h")).starts_with("company.sending_window.from: invalid time \"9h\"")
    );
    assert!(set("customers.0.contacts.0.email", json!(42))
        .starts_with("customers[0].contacts[0].email: invalid type: integer `42`"));
}

#[wasm_bindgen_test(unsupported = test)]
fn unknown_fields_are_rejected() {
    let message = set("customers.0.contacts.0.fax", serde_json::json!("+33"));
    assert!(
        message.starts_with("customers[0].contacts[0].fax: unknown field `fax`, expected one of `id`"),
        "{message}"
    );
    assert!(set("company.colour", serde_json::json!("red")).starts_with("company.colour: unknown field `colour`"));
}

#[wasm_bindgen_test(unsupported = test)]
fn missing_required_fields_are_named() {
    let message = error_of(&edited("items.0.due_date", None));
    assert!(message.starts_with("items[0]: missing field `due_date`"), "{message}");
    assert!(error_of(&edited("company.currency", None)).contains("missing field `currency`"));
}

#[wasm_bindgen_test(unsupported = test)]
fn paths_hold_in_pretty_printed_json() {
    let mut json: serde_json::Value = serde_json::from_str(SPEC).unwrap();
    json["customers"][0]["contacts"][0]["email"] = serde_json::json!(["a", "b"]);
    json["items"][1]["colour"] = serde_json::json!("red");
    let pretty = serde_json::to_string_pretty(&json).unwrap();
    let message = error_of(&pretty);
    assert!(message.starts_with("customers[0].contacts[0].email: invalid type: sequence"), "{message}");
    json["customers"][0]["contacts"][0]["email"] = serde_json::json!("jean@dupont.example");
    let message = error_of(&serde_json::to_string_pretty(&json).unwrap());
    assert!(message.starts_with("items[1].colour: unknown field `colour`"), "{message}");
}

#[wasm_bindgen_test(unsupported = test)]
fn json_syntax_errors_keep_line_and_column() {
    let message = error_of("{\n  \"company\": {\n    \"name\": \"X\",,\n  }\n}");
    assert!(message.contains("line 3 column"), "{message}");
}

#[wasm_bindgen_test(unsupported = test)]
fn amounts_must_fit_their_currency() {
    use serde_json::json;
    assert_eq!(
        set("items.0.amount", json!("1200.001")),
        "items[0].amount: amount 1200.001 has more decimals than EUR allows (2)"
    );
    // 1200.00 is a whole number of yen: fine. 12.5 yen is not.
    let mut jpy: serde_json::Value = serde_json::from_str(SPEC).unwrap();
    jpy["items"][0]["currency"] = json!("JPY");
    assert_eq!(Portfolio::from_json(&jpy.to_string()).unwrap().items[0].amount().minor, 1200);
    jpy["items"][0]["amount"] = json!(12.5);
    jpy["items"][0]["outstanding"] = json!("12.5");
    let message = error_of(&jpy.to_string());
    assert_eq!(message, "items[0].amount: amount 12.5 has more decimals than JPY allows (0)\nitems[0].outstanding: amount 12.5 has more decimals than JPY allows (0)");
    // JSON numbers are read exactly as written.
    let number = edited("items.0.amount", Some(json!(1200.5)));
    let loaded = Portfolio::from_json(&number).unwrap();
    assert_eq!(loaded.items[0].amount().to_string(), "1200.50 EUR");
}

#[wasm_bindgen_test(unsupported = test)]
fn ids_are_unique() {
    let mut json: serde_json::Value = serde_json::from_str(SPEC).unwrap();
    json["items"][1]["id"] = "i1".into();
    json["customers"][0]["contacts"] = serde_json::json!([{"id": "k1"}, {"id": "k1"}]);
    let message = error_of(&json.to_string());
    assert!(message.contains("items[1].id: duplicate id \"i1\""), "{message}");
    assert!(message.contains("customers[0].contacts[1].id: duplicate id \"k1\""), "{message}");
}

#[wasm_bindgen_test(unsupported = test)]
fn references_must_resolve() {
    use serde_json::json;
    assert_eq!(set("customers.0.collector", json!("u9")), "customers[0].collector: no user has id \"u9\"");
    assert_eq!(set("customers.0.scenario", json!("gentle")), "customers[0].scenario: no scenario has id \"gentle\"");
    // The first problem, and its consequences, all at once.
    let message = set("items.0.customer", json!("C999"));
    assert_eq!(message.lines().next(), Some("items[0].customer: no customer has id \"C999\""));
    assert!(message.contains("history[0].items[0]: item \"i1\" belongs to customer \"C999\", not \"C001\""));
    assert_eq!(set("items.0.status", json!("lost")), "items[0].status: no item status has code \"lost\"");
    assert_eq!(set("specific_actions.0.items", json!(["i9"])), "specific_actions[0].items[0]: no item has id \"i9\"");
    assert_eq!(set("history.0.by", json!("u7")), "history[0].by: no user has id \"u7\"");
    assert_eq!(set("history.0.action", json!("r9")), "history[0].action: no scenario or specific action has id \"r9\"");
    assert_eq!(
        set("confirmations.0.action", json!("zz")),
        "confirmations[0].action: no scenario or specific action has id \"zz\""
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn items_of_another_customer_cannot_be_attached() {
    let mut json: serde_json::Value = serde_json::from_str(SPEC).unwrap();
    json["customers"].as_array_mut().unwrap().push(serde_json::json!({"id": "C002", "name": "Other"}));
    json["items"][1]["customer"] = "C002".into();
    json["history"][0]["items"] = serde_json::json!(["i1", "i2"]);
    assert_eq!(
        error_of(&json.to_string()),
        "history[0].items[1]: item \"i2\" belongs to customer \"C002\", not \"C001\""
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn at_most_one_collection_contact() {
    let contacts = serde_json::json!([{"id": "k1", "collection": true}, {"id": "k2", "collection": true}]);
    assert_eq!(
        set("customers.0.contacts", contacts),
        "customers[0].contacts[1].collection: a customer has at most one collection contact"
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn phone_calls_and_tasks_are_manual_only() {
    assert_eq!(
        set("scenarios.0.actions.2.mode", serde_json::json!("automatic")),
        "scenarios[0].actions[2].mode: a phone_call action can only be manual"
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn amount_signs_follow_the_item_kind() {
    assert_eq!(set("items.1.amount", serde_json::json!("150.00")), "items[1].amount: credit-note and payment amounts are negative\nitems[1].outstanding: the outstanding amount has the opposite sign of the amount");
}

#[wasm_bindgen_test(unsupported = test)]
fn rate_tables_and_cost_tiers_are_read_and_checked() {
    use serde_json::json;
    let table = json!([{"from": "2026-01-01", "rate": "12.15"}, {"from": "2026-07-01", "rate": 12}]);
    assert!(Portfolio::from_json(&edited("company.late_penalty_rate", Some(table))).is_ok());
    let unordered = json!([{"from": "2026-07-01", "rate": "12"}, {"from": "2026-01-01", "rate": "12.15"}]);
    assert_eq!(
        set("company.late_penalty_rate", unordered),
        "company.late_penalty_rate[1].from: rates must be in increasing date order"
    );
    let tiers =
        json!({"GBP": [{"below": "1000", "amount": "40"}, {"below": "10000", "amount": "70"}, {"amount": "100"}]});
    assert!(Portfolio::from_json(&edited("company.recovery_cost", Some(tiers))).is_ok());
    let open_middle = json!({"GBP": [{"amount": "40"}, {"amount": "100"}]});
    assert_eq!(
        set("company.recovery_cost", open_middle),
        "company.recovery_cost.GBP[0].below: only the last tier may omit \"below\""
    );
    assert!(set("company.recovery_cost", json!({"EURO": "40"}))
        .starts_with("company.recovery_cost.EURO: unknown currency \"EURO\""));
    assert_eq!(
        set("company.recovery_cost", json!({"JPY": "40.5"})),
        "company.recovery_cost.JPY: amount 40.5 has more decimals than JPY allows (0)"
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn every_problem_is_reported_at_once() {
    let mut json: serde_json::Value = serde_json::from_str(SPEC).unwrap();
    json["customers"][0]["collector"] = "nobody".into();
    json["items"][0]["status"] = "lost".into();
    json["items"][1]["amount"] = "-1.234".into();
    let message = error_of(&json.to_string());
    assert_eq!(message.lines().count(), 3, "{message}");
}

#[wasm_bindgen_test(unsupported = test)]
fn per_customer_lists_follow_appends_through_the_index_or_not() {
    use dunning::portfolio::{Confirmation, HistoryEntry};
    let mut portfolio = Portfolio::from_json(SPEC).unwrap();
    let actions = |p: &Portfolio| p.history_of("C001").map(|h| h.action.clone()).collect::<Vec<_>>();
    assert_eq!(actions(&portfolio), ["pre"]);
    assert_eq!(portfolio.specific_actions_of("C001").map(|a| a.id.as_str()).collect::<Vec<_>>(), ["sa1"]);
    assert_eq!(portfolio.confirmations_of("C001").count(), 1);
    let entry = |action: &str| HistoryEntry {
        customer: "C001".into(),
        action: action.into(),
        done_on: "2026-11-22".parse().unwrap(),
        items: vec!["i1".into()],
        by: None,
        channel: None,
    };
    portfolio.add_history(entry("r1"));
    // Pushed past the index: still found, and what comes after it too.
    portfolio.history.push(entry("call"));
    portfolio.add_history(entry("lr"));
    assert_eq!(actions(&portfolio), ["pre", "r1", "call", "lr"]);
    assert_eq!(portfolio.history_of("C999").count(), 0);
    portfolio.add_confirmation(Confirmation { customer: "C001".into(), action: "lr".into(), on: None });
    assert_eq!(portfolio.confirmations_of("C001").map(|c| c.action.as_str()).collect::<Vec<_>>(), ["r1", "lr"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn alert_rules_load_and_save_in_their_shape() {
    use serde_json::json;
    let rules = json!([
        {"id": "sme", "name": "SME over 10,000 EUR overdue",
         "when": [{"field": "segment", "equals": "SME"}, {"overdue_above": "10000", "currency": "EUR"}]},
        {"id": "mix", "when": [{"field": "segment", "in": ["SME", "ETI"]}, {"outstanding_above": 50000, "currency": "JPY"},
            {"days_overdue_above": 90}, {"status": "dispute", "days_above": 30}, {"due_within_days": 7}]}
    ]);
    let portfolio = Portfolio::from_json(&edited("alert_rules", Some(rules.clone()))).unwrap();
    assert_eq!(portfolio.alert_rules.len(), 2);
    let saved: serde_json::Value = serde_json::from_str(&portfolio.to_json()).unwrap();
    let mut expected = rules;
    expected[0]["when"][1]["overdue_above"] = json!("10000.00");
    expected[1]["when"][1]["outstanding_above"] = json!("50000");
    expected[1]["name"] = json!(null);
    assert_eq!(saved["alert_rules"], expected, "amounts normalised to the currency's digits");
}

#[wasm_bindgen_test(unsupported = test)]
fn bad_alert_rules_name_their_json_path() {
    use serde_json::json;
    let rule = |when: serde_json::Value| json!([{"id": "r", "when": when}]);
    let message = set("alert_rules", rule(json!([{"due_within_days": 1}, {"field": "segment", "currency": "EUR"}])));
    assert!(message.starts_with("alert_rules[0].when[1]: a condition has the keys of one of {\"field\", \"equals\"}"));
    assert!(message.ends_with("found {\"field\", \"currency\"}"), "{message}");
    assert!(set("alert_rules", rule(json!([{"overdue_above": "10"}]))).ends_with("found {\"overdue_above\"}"));
    assert!(set("alert_rules", rule(json!([{"days_overdue_above": 9, "due_within_days": 3}])))
        .starts_with("alert_rules[0].when[0]: a condition has the keys"));
    assert!(set("alert_rules", rule(json!([{"due_within_days": 1}, {"segment": "SME"}])))
        .starts_with("alert_rules[0].when[1].segment: unknown field `segment`, expected one of `field`"));
    assert!(set("alert_rules", rule(json!([{"days_overdue_above": -3}])))
        .starts_with("alert_rules[0].when[0].days_overdue_above: invalid value: integer `-3`"));
    assert!(set("alert_rules", json!([{"id": "r", "when": [], "colour": "red"}]))
        .starts_with("alert_rules[0].colour: unknown field `colour`"));
    assert_eq!(
        set("alert_rules", rule(json!([{"overdue_above": "10.001", "currency": "EUR"}]))),
        "alert_rules[0].when[0].overdue_above: amount 10.001 has more decimals than EUR allows (2)"
    );
    assert_eq!(
        set("alert_rules", rule(json!([{"status": "lost", "days_above": 3}]))),
        "alert_rules[0].when[0].status: no item status has code \"lost\""
    );
    assert_eq!(set("alert_rules", rule(json!([]))), "alert_rules[0].when: a rule needs at least one condition");
    let twice = json!([{"id": "r", "when": [{"due_within_days": 1}]}, {"id": "r", "when": [{"due_within_days": 2}]}]);
    assert_eq!(set("alert_rules", twice), "alert_rules[1].id: duplicate id \"r\"");
}

#[wasm_bindgen_test(unsupported = test)]
fn a_status_date_needs_a_status() {
    let message = set("items.0.status_since", serde_json::json!("2026-11-01"));
    assert_eq!(message, "items[0].status_since: a status date needs a status");
    let portfolio = Portfolio::from_json(&{
        let mut json: serde_json::Value =
            serde_json::from_str(&edited("items.0.status", Some("dispute".into()))).unwrap();
        json["items"][0]["status_since"] = "2026-11-01".into();
        json.to_string()
    })
    .unwrap();
    assert_eq!(portfolio.items[0].status_since, Some("2026-11-01".parse().unwrap()));
}

#[wasm_bindgen_test(unsupported = test)]
fn an_action_has_one_wording_per_language() {
    let mut json: serde_json::Value = serde_json::from_str(include_str!("../examples/portfolio.json")).unwrap();
    let lr = &mut json["scenarios"][0]["actions"][3];
    lr["locale"] = serde_json::json!("fr");
    lr["translations"] = serde_json::json!([
        {"locale": "de", "subject": null, "body": "Zahlen Sie."},
        {"locale": "fr", "subject": null, "body": "Payez."},
        {"locale": "de", "subject": null, "body": "Bitte zahlen."}
    ]);
    let error = dunning::portfolio::Portfolio::from_json(&json.to_string()).unwrap_err();
    let problems = error.problems();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0]
        .starts_with("scenarios[0].actions[3].translations[1].locale: the action already has a wording in fr"));
    assert!(problems[1]
        .starts_with("scenarios[0].actions[3].translations[2].locale: the action already has a wording in de"));
}

#[wasm_bindgen_test(unsupported = test)]
fn an_item_status_has_one_label_per_language() {
    let mut json: serde_json::Value = serde_json::from_str(include_str!("../examples/portfolio.json")).unwrap();
    json["item_statuses"][1]["translations"] = serde_json::json!([
        {"locale": "fr", "label": "Promesse de paiement"},
        {"locale": "fr", "label": "Engagement de paiement"}
    ]);
    let error = dunning::portfolio::Portfolio::from_json(&json.to_string()).unwrap_err();
    let problems = error.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("item_statuses[1].translations[1].locale: the status already has a label in fr"));
}
