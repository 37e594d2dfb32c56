//! Properties of the collection agenda over generated portfolios (native only: proptest).
#![cfg(not(target_arch = "wasm32"))]

use dunning::agenda::{agenda, complete, Filters};
use dunning::date::{Date, TimeOfDay};
use dunning::portfolio::Portfolio;
use dunning::Context;
use proptest::prelude::*;
use serde_json::{json, Value};

const CUSTOMERS: [&str; 3] = ["C1", "C2", "C3"];
const STEPS: [&str; 4] = ["pre", "r1", "call", "lr"];
const MODES: [&str; 3] = ["manual", "automatic", "automatic_to_confirm"];

#[derive(Clone, Debug)]
struct Input {
    /// (customer, due date as days after 2026-09-01, cleared, disputed, debit note)
    items: Vec<(usize, i32, bool, bool, bool)>,
    /// (item, step)
    history: Vec<(usize, usize)>,
    /// (item, date as days after 2026-09-01, mode)
    specific: Vec<(usize, i32, usize)>,
    /// (customer, step)
    confirmations: Vec<(usize, usize)>,
    /// Customers without a collection contact / collector.
    bare: Vec<bool>,
    today: i32,
    now: Option<(u8, u8)>,
}

fn input() -> impl Strategy<Value = Input> {
    (
        prop::collection::vec((0..3usize, 0..120i32, any::<bool>(), prop::bool::weighted(0.2), any::<bool>()), 0..10),
        prop::collection::vec((0..10usize, 0..4usize), 0..8),
        prop::collection::vec((0..10usize, 0..150i32, 0..3usize), 0..4),
        prop::collection::vec((0..3usize, 0..4usize), 0..3),
        prop::collection::vec(prop::bool::weighted(0.3), 3),
        0..180i32,
        prop::option::of((0..24u8, 0..60u8)),
    )
        .prop_map(|(items, history, specific, confirmations, bare, today, now)| Input {
            items,
            history,
            specific,
            confirmations,
            bare,
            today,
            now,
        })
}

fn day(offset: i32) -> Date {
    "2026-09-01".parse::<Date>().unwrap().add_days(offset)
}

fn portfolio_json(input: &Input) -> Value {
    let customers: Vec<Value> = CUSTOMERS
        .iter()
        .enumerate()
        .map(|(c, id)| {
            let bare = input.bare[c];
            json!({"id": id, "name": id, "address": ["1 rue", "Paris"], "scenario": "s",
                   "collector": if bare { Value::Null } else { json!("u1") },
                   "contacts": [{"id": "k", "email": "a@example.com", "mobile": "+33 6", "collection": !bare}],
                   "fields": {"segment": if c == 0 { "SME" } else { "ETI" }}})
        })
        .collect();
    let items: Vec<Value> = input
        .items
        .iter()
        .enumerate()
        .map(|(i, &(c, due, cleared, disputed, debit))| {
            json!({"id": format!("i{i}"), "customer": CUSTOMERS[c], "kind": if debit { "debit_note" } else { "invoice" },
                   "reference": format!("R{i}"), "due_date": day(due).to_string(), "amount": "10.00",
                   "outstanding": if cleared { "0" } else { "10.00" }, "currency": "EUR",
                   "status": if disputed { json!("dispute") } else { Value::Null }})
        })
        .collect();
    let n = input.items.len();
    let item_of = |i: usize| (i < n).then(|| (format!("i{i}"), CUSTOMERS[input.items[i].0]));
    let history: Vec<Value> = input
        .history
        .iter()
        .filter_map(|&(i, step)| {
            let (item, customer) = item_of(i)?;
            Some(json!({"customer": customer, "action": STEPS[step], "done_on": "2026-09-01", "items": [item]}))
        })
        .collect();
    let specific: Vec<Value> = input
        .specific
        .iter()
        .enumerate()
        .filter_map(|(s, &(i, on, mode))| {
            let (item, customer) = item_of(i)?;
            Some(json!({"id": format!("sa{s}"), "customer": customer, "items": [item], "date": day(on).to_string(),
                        "channel": "email", "mode": MODES[mode], "body": "x"}))
        })
        .collect();
    let confirmations: Vec<Value> =
        input.confirmations.iter().map(|&(c, step)| json!({"customer": CUSTOMERS[c], "action": STEPS[step]})).collect();
    json!({
        "company": {"name": "Acme", "currency": "EUR", "locale": "en"},
        "users": [{"id": "u1", "name": "Claire"}],
        "item_statuses": [{"code": "dispute", "excluded_from_scenario": true}],
        "scenarios": [{"id": "s", "actions": [
            {"id": "pre", "offset_days": -5, "channel": "email", "mode": "automatic", "body": "x"},
            {"id": "r1", "offset_days": 7, "channel": "sms", "mode": "automatic_to_confirm", "body": "x"},
            {"id": "call", "offset_days": 15, "channel": "phone_call", "mode": "manual", "body": "x"},
            {"id": "lr", "offset_days": 30, "channel": "registered_letter", "mode": "automatic_to_confirm", "body": "x"}
        ]}],
        "customers": customers,
        "items": items,
        "specific_actions": specific,
        "confirmations": confirmations,
        "history": history
    })
}

fn load(json: &Value) -> Portfolio {
    Portfolio::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}\n{json}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_same_input_gives_the_same_agenda(input in input()) {
        let json = portfolio_json(&input);
        let now = input.now.and_then(|(h, m)| TimeOfDay::from_hm(h, m));
        let today = day(input.today);
        let first = agenda(&load(&json), today, now, &Filters::default());
        let second = agenda(&load(&json), today, now, &Filters::default());
        prop_assert_eq!(&first, &second);
        prop_assert_eq!(first.to_json(), second.to_json());
        // Through a save and a reload too.
        let reloaded = Portfolio::from_json(&load(&json).to_json()).unwrap();
        prop_assert_eq!(&agenda(&reloaded, today, now, &Filters::default()), &first);
        // Sorted, counted, one scenario action per customer at most.
        let keys: Vec<_> = first.actions.iter().map(|a| (a.date, a.customer.clone(), a.action.clone())).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        prop_assert_eq!(keys, sorted);
        prop_assert_eq!(first.indicators.scheduled, first.actions.len());
        for customer in CUSTOMERS {
            let scenario_rows = first.actions.iter()
                .filter(|a| a.customer == customer && a.kind == Context::Scenario)
                .count();
            prop_assert!(scenario_rows <= 1);
            let finished = first.finished.iter().any(|f| f.customer == customer);
            prop_assert!(!(finished && scenario_rows == 1));
        }
    }

    #[test]
    fn clearing_every_item_of_a_customer_empties_its_actions(input in input(), victim in 0..3usize) {
        let mut cleared = input.clone();
        for item in cleared.items.iter_mut().filter(|item| item.0 == victim) {
            item.2 = true;
        }
        let json = portfolio_json(&cleared);
        let customer = CUSTOMERS[victim];
        let today = day(input.today);
        let agenda = agenda(&load(&json), today, None, &Filters::default());
        prop_assert!(agenda.actions.iter().all(|a| a.customer != customer), "{:?}", agenda.actions);
        prop_assert!(agenda.finished.iter().all(|f| f.customer != customer));
        // Its specific actions not completed are cancelled instead.
        let history = json["history"].as_array().unwrap();
        for specific in json["specific_actions"].as_array().unwrap() {
            if specific["customer"] == customer {
                let id = specific["id"].as_str().unwrap();
                let completed = history.iter().any(|h| h["action"] == id);
                prop_assert_eq!(agenda.cancelled.iter().any(|c| c.action == id), !completed);
            }
        }
    }

    #[test]
    fn completing_an_action_moves_its_customer_on_and_keeps_the_history(input in input(), pick in any::<usize>()) {
        let json = portfolio_json(&input);
        let today = day(input.today);
        let mut portfolio = load(&json);
        let before = agenda(&portfolio, today, None, &Filters::default());
        prop_assume!(!before.actions.is_empty());
        let chosen = before.actions[pick % before.actions.len()].clone();
        let history = portfolio.history.len();
        complete(&mut portfolio, &chosen.customer, &chosen.action, today, Some("u1".into())).unwrap();
        prop_assert_eq!(portfolio.history.len(), history + 1, "one entry appended");
        let entry = portfolio.history.last().unwrap();
        prop_assert_eq!((&entry.customer, &entry.action, &entry.items), (&chosen.customer, &chosen.action, &chosen.items));
        let after = agenda(&portfolio, today, None, &Filters::default());
        let customer = chosen.customer.as_str();
        let of_customer = |kind: Context| after.actions.iter().filter(move |a| a.customer == customer && a.kind == kind);
        match chosen.kind {
            Context::Scenario => {
                // The following step (later steps may be done already), or finished.
                let position = |id: &str| STEPS.iter().position(|step| *step == id).unwrap();
                let next: Vec<_> = of_customer(Context::Scenario).collect();
                let finished = after.finished.iter().any(|f| f.customer == chosen.customer);
                prop_assert!(finished != (next.len() == 1), "{:?} {}", next, finished);
                if let [next] = next.as_slice() {
                    prop_assert!(position(&next.action) > position(&chosen.action), "{} after {}", next.action, chosen.action);
                }
            }
            Context::Specific => {
                prop_assert!(of_customer(Context::Specific).all(|a| a.action != chosen.action), "gone from the agenda");
                prop_assert!(after.cancelled.iter().all(|c| c.action != chosen.action), "and not cancelled");
            }
        }
        // Saved and loaded again, nothing is lost.
        let reloaded = Portfolio::from_json(&portfolio.to_json()).unwrap();
        prop_assert_eq!(&agenda(&reloaded, today, None, &Filters::default()), &after);
    }
}
