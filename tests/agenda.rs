//! The collection agenda (scenarios-agenda.md): one test per rule, on small portfolios built
//! from JSON; natively and in Node.

use dunning::agenda::{agenda, complete, confirm, Agenda, AgendaAction, Colour, Filters, State};
use dunning::channel::Channel;
use dunning::date::{Date, TimeOfDay};
use dunning::portfolio::{Mode, Portfolio};
use dunning::ErrorKind;
use serde_json::{json, Value};
use wasm_bindgen_test::wasm_bindgen_test;

/// 2026-11-23 is a Monday.
const D: &str = "2026-11-23";

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

fn time(text: &str) -> TimeOfDay {
    text.parse().unwrap()
}

/// The scenario `s`: pre (-5, automatic e-mail), r1 (+7, e-mail to confirm), call (+15,
/// manual phone call), lr (+30, registered letter to confirm).
fn base() -> Value {
    json!({
        "company": {"name": "Acme", "currency": "EUR", "locale": "en"},
        "users": [{"id": "u1", "name": "Claire"}, {"id": "u2", "name": "Bob"}],
        "item_statuses": [
            {"code": "dispute", "excluded_from_scenario": true},
            {"code": "reminded", "excluded_from_scenario": false}
        ],
        "scenarios": [{"id": "s", "actions": [
            {"id": "pre", "offset_days": -5, "channel": "email", "mode": "automatic", "body": "x"},
            {"id": "r1", "offset_days": 7, "channel": "email", "mode": "automatic_to_confirm", "body": "x"},
            {"id": "call", "offset_days": 15, "channel": "phone_call", "mode": "manual", "body": "x"},
            {"id": "lr", "offset_days": 30, "channel": "registered_letter", "mode": "automatic_to_confirm", "body": "x"}
        ]}],
        "customers": [],
        "items": [],
        "specific_actions": [],
        "confirmations": [],
        "history": []
    })
}

fn customer(id: &str) -> Value {
    json!({"id": id, "name": id, "address": ["1 rue de la Paix", "75002 Paris"], "collector": "u1", "scenario": "s",
           "contacts": [{"id": "k1", "email": "jean@example.com", "mobile": "+33 6", "collection": true}]})
}

fn invoice(id: &str, customer: &str, due: &str) -> Value {
    json!({"id": id, "customer": customer, "kind": "invoice", "reference": id, "due_date": due,
           "amount": "100.00", "outstanding": "100.00", "currency": "EUR"})
}

fn specific(id: &str, customer: &str, items: &[&str], on: &str, channel: &str, mode: &str) -> Value {
    json!({"id": id, "customer": customer, "items": items, "date": on, "channel": channel, "mode": mode, "body": "x"})
}

fn done(customer: &str, action: &str, items: &[&str]) -> Value {
    json!({"customer": customer, "action": action, "done_on": "2026-01-01", "items": items})
}

fn push(portfolio: &mut Value, list: &str, value: Value) {
    portfolio[list].as_array_mut().unwrap().push(value);
}

/// A portfolio with the given customers and items (ids of customers made by [`customer`]).
fn with(customers: &[&str], items: Vec<Value>) -> Value {
    let mut portfolio = base();
    for id in customers {
        push(&mut portfolio, "customers", customer(id));
    }
    portfolio["items"] = Value::Array(items);
    portfolio
}

fn load(portfolio: &Value) -> Portfolio {
    Portfolio::from_json(&portfolio.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn run(portfolio: &Value) -> Agenda {
    agenda(&load(portfolio), date(D), None, &Filters::default())
}

fn filtered(portfolio: &Value, filters: Filters) -> Agenda {
    agenda(&load(portfolio), date(D), None, &filters)
}

/// `customer:action@date`, in agenda order.
fn rows(agenda: &Agenda) -> Vec<String> {
    agenda.actions.iter().map(|a| format!("{}:{}@{}", a.customer, a.action, a.date)).collect()
}

fn only(agenda: &Agenda) -> &AgendaAction {
    assert_eq!(agenda.actions.len(), 1, "{:?}", rows(agenda));
    &agenda.actions[0]
}

fn items(action: &AgendaAction) -> Vec<&str> {
    action.items.iter().map(String::as_str).collect()
}

fn error(action: &AgendaAction) -> Option<&'static str> {
    action.error.map(|e| e.code())
}

// ---------------------------------------------------------------------------------------------
// Which items a scenario works on

#[wasm_bindgen_test(unsupported = test)]
fn only_invoices_and_debit_notes_are_eligible() {
    let mut credit = invoice("cn", "C1", "2026-10-01");
    credit["kind"] = json!("credit_note");
    credit["amount"] = json!("-100.00");
    credit["outstanding"] = json!("-100.00");
    let mut payment = credit.clone();
    payment["id"] = json!("pay");
    payment["kind"] = json!("payment");
    let portfolio = with(&["C1"], vec![credit.clone(), payment.clone()]);
    assert!(run(&portfolio).actions.is_empty());
    assert!(run(&portfolio).finished.is_empty());

    let mut debit = invoice("dn", "C1", "2026-10-05");
    debit["kind"] = json!("debit_note");
    let portfolio = with(&["C1"], vec![credit, payment, debit]);
    assert_eq!(rows(&run(&portfolio)), ["C1:pre@2026-09-30"]);
    assert_eq!(items(only(&run(&portfolio))), ["dn"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn cleared_items_are_not_eligible() {
    let mut paid = invoice("i1", "C1", "2026-10-01");
    paid["outstanding"] = json!("0");
    let portfolio = with(&["C1"], vec![paid.clone()]);
    assert!(run(&portfolio).actions.is_empty());

    let portfolio = with(&["C1"], vec![paid, invoice("i2", "C1", "2026-10-10")]);
    assert_eq!(rows(&run(&portfolio)), ["C1:pre@2026-10-05"], "the cleared item does not drive");
}

#[wasm_bindgen_test(unsupported = test)]
fn items_with_an_excluded_status_are_not_eligible() {
    let mut disputed = invoice("i1", "C1", "2026-10-01");
    disputed["status"] = json!("dispute");
    let portfolio = with(&["C1"], vec![disputed.clone()]);
    assert!(run(&portfolio).actions.is_empty());

    let mut reminded = disputed;
    reminded["status"] = json!("reminded");
    let portfolio = with(&["C1"], vec![reminded]);
    assert_eq!(rows(&run(&portfolio)), ["C1:pre@2026-09-26"], "a status that is not excluded counts");
}

#[wasm_bindgen_test(unsupported = test)]
fn items_attached_to_an_open_specific_action_are_not_eligible() {
    let mut portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01"), invoice("i2", "C1", "2026-10-10")]);
    push(&mut portfolio, "specific_actions", specific("sa", "C1", &["i1"], "2026-12-01", "email", "manual"));
    let agenda = run(&portfolio);
    assert_eq!(rows(&agenda), ["C1:pre@2026-10-05", "C1:sa@2026-12-01"]);
    assert_eq!(items(&agenda.actions[0]), ["i2"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn completing_a_specific_action_releases_its_items_to_the_scenario() {
    let mut portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01"), invoice("i2", "C1", "2026-10-10")]);
    push(&mut portfolio, "specific_actions", specific("sa", "C1", &["i1"], "2026-11-20", "email", "manual"));
    push(&mut portfolio, "history", done("C1", "sa", &["i1"]));
    let agenda = run(&portfolio);
    assert_eq!(rows(&agenda), ["C1:pre@2026-09-26"]);
    assert_eq!(items(&agenda.actions[0]), ["i1"]);
    assert!(agenda.cancelled.is_empty(), "a completed specific action disappears");
}

#[wasm_bindgen_test(unsupported = test)]
fn a_customer_without_scenario_has_no_scenario_action() {
    let mut portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01"), invoice("i2", "C1", "2026-10-02")]);
    portfolio["customers"][0]["scenario"] = Value::Null;
    push(&mut portfolio, "specific_actions", specific("sa", "C1", &["i2"], "2026-11-30", "letter", "manual"));
    let agenda = run(&portfolio);
    assert_eq!(rows(&agenda), ["C1:sa@2026-11-30"], "specific actions remain");
    assert!(agenda.finished.is_empty());
}

// ---------------------------------------------------------------------------------------------
// The customer's next scenario action

#[wasm_bindgen_test(unsupported = test)]
fn the_driver_is_the_item_due_first() {
    let portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-10"), invoice("i2", "C1", "2026-10-01")]);
    let agenda = run(&portfolio);
    assert_eq!(rows(&agenda), ["C1:pre@2026-09-26"]);
    assert_eq!(items(only(&agenda)), ["i2"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn driver_ties_give_one_action_on_the_shared_due_date() {
    // Two items due the same day: the smallest id drives; both are on the action, in portfolio
    // order, whatever the order of the ids.
    let portfolio = with(&["C1"], vec![invoice("b", "C1", "2026-10-01"), invoice("a", "C1", "2026-10-01")]);
    let agenda = run(&portfolio);
    assert_eq!(rows(&agenda), ["C1:pre@2026-09-26"]);
    assert_eq!(items(only(&agenda)), ["b", "a"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn a_step_is_done_when_its_history_shares_an_eligible_item() {
    let mut portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01")]);
    push(&mut portfolio, "history", done("C1", "pre", &["i1"]));
    assert_eq!(rows(&run(&portfolio)), ["C1:r1@2026-10-08"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn history_of_another_customer_or_another_action_does_not_count() {
    let mut portfolio = with(&["C1", "C2"], vec![invoice("i1", "C1", "2026-10-01"), invoice("j1", "C2", "2026-10-01")]);
    push(&mut portfolio, "history", done("C2", "pre", &["j1"]));
    push(&mut portfolio, "history", done("C1", "r1", &["i1"]));
    // C1: pre is not done (r1's entry does not name pre), so pre comes first again.
    assert_eq!(rows(&run(&portfolio)), ["C1:pre@2026-09-26", "C2:r1@2026-10-08"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn steps_are_taken_in_scenario_order_skipping_the_done_ones() {
    let mut portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01")]);
    push(&mut portfolio, "history", done("C1", "pre", &["i1"]));
    push(&mut portfolio, "history", done("C1", "call", &["i1"]));
    assert_eq!(rows(&run(&portfolio)), ["C1:r1@2026-10-08"], "the first step not done, even if a later one is");
}

#[wasm_bindgen_test(unsupported = test)]
fn paid_off_items_stop_counting_and_a_new_cycle_starts() {
    let mut old = invoice("i1", "C1", "2026-06-01");
    old["outstanding"] = json!("0");
    let mut portfolio = with(&["C1"], vec![old, invoice("i2", "C1", "2026-11-10")]);
    for step in ["pre", "r1", "call", "lr"] {
        push(&mut portfolio, "history", done("C1", step, &["i1"]));
    }
    let agenda = run(&portfolio);
    assert_eq!(rows(&agenda), ["C1:pre@2026-11-05"]);
    assert!(agenda.finished.is_empty());
}

#[wasm_bindgen_test(unsupported = test)]
fn history_sharing_one_item_is_enough() {
    let mut portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01"), invoice("i2", "C1", "2026-10-20")]);
    let mut gone = invoice("i0", "C1", "2026-09-01");
    gone["outstanding"] = json!("0");
    push(&mut portfolio, "items", gone);
    push(&mut portfolio, "history", done("C1", "pre", &["i0", "i2"]));
    assert_eq!(rows(&run(&portfolio)), ["C1:r1@2026-10-08"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn history_on_items_still_open_but_no_longer_eligible_does_not_count() {
    // pre was done on i1, which is now disputed (i2 drives), and r1 on i3, now attached to a
    // specific action: neither step is done for the current eligible items.
    let mut disputed = invoice("i1", "C1", "2026-10-01");
    disputed["status"] = json!("dispute");
    let mut portfolio =
        with(&["C1"], vec![disputed, invoice("i2", "C1", "2026-10-05"), invoice("i3", "C1", "2026-10-06")]);
    push(&mut portfolio, "specific_actions", specific("sa", "C1", &["i3"], "2026-12-01", "letter", "manual"));
    push(&mut portfolio, "history", done("C1", "pre", &["i1"]));
    push(&mut portfolio, "history", done("C1", "r1", &["i3"]));
    assert_eq!(rows(&run(&portfolio)), ["C1:pre@2026-09-30", "C1:sa@2026-12-01"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn the_action_takes_the_items_whose_own_date_has_come() {
    // Items due on the driver's date are on the action; an item due later reaches its own
    // step date later, so it is not.
    let portfolio = with(
        &["C1"],
        vec![invoice("i1", "C1", "2026-10-01"), invoice("i2", "C1", "2026-10-02"), invoice("i3", "C1", "2026-10-01")],
    );
    let agenda = run(&portfolio);
    assert_eq!(rows(&agenda), ["C1:pre@2026-09-26"]);
    assert_eq!(items(only(&agenda)), ["i1", "i3"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn when_every_step_is_done_the_customer_is_finished() {
    let mut portfolio = with(&["C1", "C2"], vec![invoice("i1", "C1", "2026-10-01"), invoice("j1", "C2", "2026-10-01")]);
    for step in ["pre", "r1", "call", "lr"] {
        push(&mut portfolio, "history", done("C1", step, &["i1"]));
    }
    let agenda = run(&portfolio);
    assert_eq!(rows(&agenda), ["C2:pre@2026-09-26"]);
    assert_eq!(agenda.finished.iter().map(|f| f.customer.as_str()).collect::<Vec<_>>(), ["C1"]);
}

// ---------------------------------------------------------------------------------------------
// Specific actions

#[wasm_bindgen_test(unsupported = test)]
fn a_specific_action_is_shown_on_its_own_date() {
    let mut portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01")]);
    portfolio["customers"][0]["scenario"] = Value::Null;
    push(&mut portfolio, "specific_actions", specific("sa", "C1", &["i1"], "2026-11-25", "email", "automatic"));
    let agenda = run(&portfolio);
    let action = only(&agenda);
    assert_eq!((action.date, action.kind), (date("2026-11-25"), dunning::Context::Specific));
    assert_eq!((action.channel, action.mode), (Channel::Email, Mode::Automatic));
    assert_eq!(items(action), ["i1"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn a_specific_action_whose_items_are_all_cleared_is_cancelled() {
    let mut a = invoice("i1", "C1", "2026-10-01");
    a["outstanding"] = json!("0");
    let mut b = invoice("i2", "C1", "2026-10-01");
    b["outstanding"] = json!("0.00");
    let mut portfolio = with(&["C1"], vec![a, b, invoice("i3", "C1", "2026-10-05")]);
    push(&mut portfolio, "specific_actions", specific("sa", "C1", &["i1", "i2"], "2026-11-25", "letter", "manual"));
    push(&mut portfolio, "specific_actions", specific("sb", "C1", &["i1", "i3"], "2026-11-26", "letter", "manual"));
    let agenda = run(&portfolio);
    assert_eq!(rows(&agenda), ["C1:sb@2026-11-26"], "sb still has an open item; i3 is attached to it");
    assert_eq!(items(&agenda.actions[0]), ["i3"], "only the open items");
    let cancelled: Vec<_> = agenda.cancelled.iter().map(|c| (c.customer.as_str(), c.action.as_str(), c.date)).collect();
    assert_eq!(cancelled, [("C1", "sa", date("2026-11-25"))]);
}

#[wasm_bindgen_test(unsupported = test)]
fn a_completed_specific_action_disappears() {
    let mut portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01")]);
    portfolio["customers"][0]["scenario"] = Value::Null;
    push(&mut portfolio, "specific_actions", specific("sa", "C1", &["i1"], "2026-11-20", "email", "manual"));
    push(&mut portfolio, "history", done("C1", "sa", &["i1"]));
    let agenda = run(&portfolio);
    assert!(agenda.actions.is_empty() && agenda.cancelled.is_empty() && agenda.finished.is_empty());
}

// ---------------------------------------------------------------------------------------------
// State and colour

/// The state and colour of a specific action of C1 on `on`, with `mode` and `channel`.
fn state_of(portfolio: &mut Value, on: &str, channel: &str, mode: &str) -> (State, Colour) {
    if portfolio["items"].as_array().unwrap().is_empty() {
        push(portfolio, "items", invoice("i1", "C1", "2026-10-01"));
    }
    portfolio["customers"][0]["scenario"] = Value::Null;
    portfolio["specific_actions"] = json!([specific("sa", "C1", &["i1"], on, channel, mode)]);
    let agenda = run(portfolio);
    let action = only(&agenda);
    (action.state, action.colour)
}

#[wasm_bindgen_test(unsupported = test)]
fn manual_before_d_is_late_red() {
    let mut portfolio = with(&["C1"], vec![]);
    assert_eq!(state_of(&mut portfolio, "2026-11-22", "email", "manual"), (State::Late, Colour::Red));
}

#[wasm_bindgen_test(unsupported = test)]
fn manual_on_d_is_current_red() {
    let mut portfolio = with(&["C1"], vec![]);
    assert_eq!(state_of(&mut portfolio, D, "phone_call", "manual"), (State::Current, Colour::Red));
}

#[wasm_bindgen_test(unsupported = test)]
fn manual_after_d_is_upcoming_blue() {
    let mut portfolio = with(&["C1"], vec![]);
    assert_eq!(state_of(&mut portfolio, "2026-11-24", "task", "manual"), (State::Upcoming, Colour::Blue));
}

#[wasm_bindgen_test(unsupported = test)]
fn automatic_without_error_is_confirmed_green() {
    let mut portfolio = with(&["C1"], vec![]);
    for on in ["2026-11-01", D, "2026-12-24"] {
        assert_eq!(state_of(&mut portfolio, on, "email", "automatic"), (State::Confirmed, Colour::Green), "{on}");
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn automatic_to_confirm_with_a_confirmation_is_confirmed_green() {
    let mut portfolio = with(&["C1"], vec![]);
    push(&mut portfolio, "confirmations", json!({"customer": "C1", "action": "sa"}));
    for on in ["2026-11-01", "2026-12-24"] {
        assert_eq!(state_of(&mut portfolio, on, "sms", "automatic_to_confirm"), (State::Confirmed, Colour::Green));
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn automatic_to_confirm_unconfirmed_and_due_is_overdue_unconfirmed_red() {
    let mut portfolio = with(&["C1"], vec![]);
    for on in ["2026-11-22", D] {
        let expected = (State::OverdueUnconfirmed, Colour::Red);
        assert_eq!(state_of(&mut portfolio, on, "letter", "automatic_to_confirm"), expected, "{on}");
    }
    // A confirmation of another customer's action of the same id does not count.
    let mut portfolio = with(&["C1", "C2"], vec![invoice("i1", "C1", "2026-10-01"), invoice("j1", "C2", "2026-10-01")]);
    push(&mut portfolio, "history", done("C1", "pre", &["i1"]));
    push(&mut portfolio, "history", done("C2", "pre", &["j1"]));
    push(&mut portfolio, "confirmations", json!({"customer": "C2", "action": "r1"}));
    let states: Vec<_> = run(&portfolio).actions.iter().map(|a| (a.customer.clone(), a.state, a.colour)).collect();
    assert_eq!(
        states,
        [("C1".to_owned(), State::OverdueUnconfirmed, Colour::Red), ("C2".to_owned(), State::Confirmed, Colour::Green)]
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn automatic_to_confirm_unconfirmed_and_future_is_upcoming_unconfirmed_white() {
    let mut portfolio = with(&["C1"], vec![]);
    let expected = (State::UpcomingUnconfirmed, Colour::White);
    assert_eq!(state_of(&mut portfolio, "2026-11-24", "email", "automatic_to_confirm"), expected);
}

#[wasm_bindgen_test(unsupported = test)]
fn an_error_wins_over_every_other_state_in_yellow() {
    let mut portfolio = with(&["C1"], vec![]);
    portfolio["customers"][0]["contacts"] = json!([]);
    push(&mut portfolio, "confirmations", json!({"customer": "C1", "action": "sa"}));
    for (on, mode) in [("2026-11-01", "automatic"), ("2026-12-01", "automatic_to_confirm"), (D, "automatic_to_confirm")]
    {
        assert_eq!(state_of(&mut portfolio, on, "email", mode), (State::Error, Colour::Yellow), "{on} {mode}");
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn manual_actions_never_have_errors() {
    let mut portfolio = with(&["C1"], vec![]);
    portfolio["customers"][0]["contacts"] = json!([]);
    portfolio["customers"][0]["collector"] = Value::Null;
    assert_eq!(state_of(&mut portfolio, "2026-11-01", "email", "manual"), (State::Late, Colour::Red));
    assert_eq!(only(&run(&portfolio)).error, None);
}

#[wasm_bindgen_test(unsupported = test)]
fn scenario_actions_take_their_state_from_their_step() {
    let mut portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01")]);
    push(&mut portfolio, "history", done("C1", "pre", &["i1"]));
    push(&mut portfolio, "history", done("C1", "r1", &["i1"]));
    let agenda = run(&portfolio);
    let action = only(&agenda);
    assert_eq!((action.action.as_str(), action.kind), ("call", dunning::Context::Scenario));
    assert_eq!((action.state, action.colour, action.send_at.as_deref()), (State::Late, Colour::Red, None));
}

// ---------------------------------------------------------------------------------------------
// Errors

/// The error of an automatic specific action of C1 (customer edited by `edit`) on `channel`.
fn error_for(channel: &str, mode: &str, edit: impl FnOnce(&mut Value)) -> Option<&'static str> {
    let mut portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01")]);
    portfolio["customers"][0]["scenario"] = Value::Null;
    edit(&mut portfolio["customers"][0]);
    push(&mut portfolio, "specific_actions", specific("sa", "C1", &["i1"], "2026-11-30", channel, mode));
    error(only(&run(&portfolio)))
}

#[wasm_bindgen_test(unsupported = test)]
fn no_collection_contact() {
    for channel in ["email", "sms", "letter"] {
        assert_eq!(
            error_for(channel, "automatic", |c| c["contacts"][0]["collection"] = json!(false)),
            Some("no_collection_contact")
        );
        assert_eq!(
            error_for(channel, "automatic_to_confirm", |c| c["contacts"] = json!([])),
            Some("no_collection_contact")
        );
    }
    assert_eq!(error_for("email", "automatic", |_| {}), None);
}

#[wasm_bindgen_test(unsupported = test)]
fn contact_missing_email() {
    assert_eq!(
        error_for("email", "automatic", |c| c["contacts"][0]["email"] = Value::Null),
        Some("contact_missing_email")
    );
    assert_eq!(error_for("sms", "automatic", |c| c["contacts"][0]["email"] = Value::Null), None, "only for e-mails");
}

#[wasm_bindgen_test(unsupported = test)]
fn contact_missing_mobile() {
    let no_mobile = |c: &mut Value| c["contacts"][0]["mobile"] = Value::Null;
    assert_eq!(error_for("sms", "automatic", no_mobile), Some("contact_missing_mobile"));
    let phone_only = |c: &mut Value| {
        c["contacts"][0]["mobile"] = Value::Null;
        c["contacts"][0]["phone"] = json!("+33 1");
    };
    assert_eq!(error_for("sms", "automatic", phone_only), None, "a phone number will do");
    assert_eq!(error_for("email", "automatic", no_mobile), None);
}

#[wasm_bindgen_test(unsupported = test)]
fn contact_missing_address() {
    for channel in ["letter", "registered_letter", "electronic_registered_letter"] {
        let nowhere = |c: &mut Value| c["address"] = Value::Null;
        assert_eq!(error_for(channel, "automatic", nowhere), Some("contact_missing_address"), "{channel}");
        let contact_only = |c: &mut Value| {
            c["address"] = Value::Null;
            c["contacts"][0]["address"] = json!(["2 rue Haute", "69001 Lyon"]);
        };
        assert_eq!(error_for(channel, "automatic", contact_only), None, "{channel}");
        assert_eq!(error_for(channel, "automatic", |_| {}), None, "the customer's address will do");
    }
    assert_eq!(error_for("email", "automatic", |c| c["address"] = Value::Null), None);
}

#[wasm_bindgen_test(unsupported = test)]
fn no_collector() {
    let nobody = |c: &mut Value| c["collector"] = Value::Null;
    assert_eq!(error_for("email", "automatic", nobody), Some("no_collector"));
    assert_eq!(error_for("email", "automatic_to_confirm", nobody), Some("no_collector"));
    assert_eq!(error_for("sms", "automatic", nobody), None, "only e-mails are sent as the collector");
    assert_eq!(error_for("letter", "automatic", nobody), None);
}

#[wasm_bindgen_test(unsupported = test)]
fn the_first_error_of_the_table_is_reported() {
    let both = |c: &mut Value| {
        c["collector"] = Value::Null;
        c["contacts"][0]["email"] = Value::Null;
    };
    assert_eq!(error_for("email", "automatic", both), Some("contact_missing_email"));
}

// ---------------------------------------------------------------------------------------------
// When an automatic action is sent

/// `send_at` of an automatic specific action on `on`, with the agenda at D and `now`.
fn send_at(channel: &str, on: &str, now: Option<&str>, window: Option<Value>) -> Option<String> {
    let mut portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01")]);
    portfolio["customers"][0]["scenario"] = Value::Null;
    if let Some(window) = window {
        portfolio["company"]["sending_window"] = window;
    }
    push(&mut portfolio, "specific_actions", specific("sa", "C1", &["i1"], on, channel, "automatic"));
    let agenda = agenda(&load(&portfolio), date(D), now.map(time), &Filters::default());
    only(&agenda).send_at.clone()
}

#[wasm_bindgen_test(unsupported = test)]
fn send_at_a_weekend_action_goes_out_on_monday_at_the_window_opening() {
    // 2026-11-28 is a Saturday.
    assert_eq!(send_at("email", "2026-11-28", None, None).as_deref(), Some("2026-11-30T09:00"));
    assert_eq!(send_at("sms", "2026-11-29", Some("11:00"), None).as_deref(), Some("2026-11-30T09:00"));
}

#[wasm_bindgen_test(unsupported = test)]
fn send_at_a_future_weekday_is_the_window_opening() {
    assert_eq!(send_at("email", "2026-11-25", Some("12:00"), None).as_deref(), Some("2026-11-25T09:00"));
}

#[wasm_bindgen_test(unsupported = test)]
fn send_at_an_action_already_due_goes_out_now_inside_the_window() {
    assert_eq!(send_at("email", "2026-11-20", Some("10:30"), None).as_deref(), Some("2026-11-23T10:30"));
    assert_eq!(send_at("sms", D, Some("17:59"), None).as_deref(), Some("2026-11-23T17:59"));
    assert_eq!(send_at("email", D, Some("07:15"), None).as_deref(), Some("2026-11-23T09:00"), "before the window");
    assert_eq!(send_at("email", "2026-11-02", None, None).as_deref(), Some("2026-11-23T09:00"), "without now");
}

#[wasm_bindgen_test(unsupported = test)]
fn send_at_an_action_already_due_after_the_window_waits_for_the_next_window() {
    assert_eq!(send_at("email", D, Some("18:00"), None).as_deref(), Some("2026-11-24T09:00"));
    assert_eq!(send_at("email", "2026-11-01", Some("21:45"), None).as_deref(), Some("2026-11-24T09:00"));
}

#[wasm_bindgen_test(unsupported = test)]
fn send_at_follows_the_company_window() {
    let window = json!({"days": ["sat"], "from": "08:30", "to": "12:00"});
    assert_eq!(send_at("email", D, Some("10:00"), Some(window.clone())).as_deref(), Some("2026-11-28T08:30"));
    assert_eq!(send_at("email", "2026-11-28", None, Some(window)).as_deref(), Some("2026-11-28T08:30"));
}

#[wasm_bindgen_test(unsupported = test)]
fn send_at_of_a_letter_is_its_first_sending_day_never_in_the_past() {
    // scenarios-agenda.md: the first sending day on or after the later of its date and D.
    assert_eq!(send_at("letter", "2026-11-25", Some("10:00"), None).as_deref(), Some("2026-11-25"));
    assert_eq!(send_at("letter", "2026-11-28", Some("10:00"), None).as_deref(), Some("2026-11-30"), "Saturday");
    assert_eq!(send_at("registered_letter", "2026-11-02", None, None).as_deref(), Some(D), "already due");
}

#[wasm_bindgen_test(unsupported = test)]
fn send_at_is_null_for_manual_actions() {
    let mut portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01")]);
    portfolio["customers"][0]["scenario"] = Value::Null;
    push(&mut portfolio, "specific_actions", specific("sa", "C1", &["i1"], "2026-11-25", "email", "manual"));
    push(&mut portfolio, "specific_actions", specific("sb", "C1", &["i1"], "2026-11-25", "phone_call", "manual"));
    let agenda = run(&portfolio);
    assert_eq!(agenda.actions.iter().map(|a| a.send_at.clone()).collect::<Vec<_>>(), [None, None]);
}

// ---------------------------------------------------------------------------------------------
// Indicators, filters, order

/// C1 (u1, SME): scenario r1 overdue and unconfirmed; C2 (u2, ETI): pre automatic, confirmed;
/// C3 (u1, ETI): manual call upcoming + a specific automatic letter in error.
fn three_customers() -> Value {
    let mut portfolio = with(
        &["C1", "C2", "C3"],
        vec![invoice("i1", "C1", "2026-11-01"), invoice("j1", "C2", "2026-12-10"), invoice("k1", "C3", "2026-11-20")],
    );
    portfolio["customers"][0]["fields"] = json!({"segment": "SME"});
    portfolio["customers"][1]["fields"] = json!({"segment": "ETI"});
    portfolio["customers"][1]["collector"] = json!("u2");
    portfolio["customers"][2]["fields"] = json!({"segment": "ETI"});
    portfolio["customers"][2]["address"] = Value::Null;
    push(&mut portfolio, "items", invoice("k2", "C3", "2026-11-01"));
    push(&mut portfolio, "history", done("C1", "pre", &["i1"]));
    for step in ["pre", "r1"] {
        push(&mut portfolio, "history", done("C3", step, &["k1"]));
    }
    push(&mut portfolio, "specific_actions", specific("sa", "C3", &["k2"], "2026-11-10", "letter", "automatic"));
    portfolio
}

#[wasm_bindgen_test(unsupported = test)]
fn actions_are_sorted_by_date_then_customer_then_action() {
    let agenda = run(&three_customers());
    assert_eq!(rows(&agenda), ["C1:r1@2026-11-08", "C3:sa@2026-11-10", "C2:pre@2026-12-05", "C3:call@2026-12-05"]);

    let mut portfolio = with(&["B", "A"], vec![invoice("x", "B", "2026-12-01"), invoice("y", "A", "2026-12-01")]);
    portfolio["customers"][0]["scenario"] = Value::Null;
    push(&mut portfolio, "specific_actions", specific("z", "B", &["x"], "2026-11-30", "email", "manual"));
    push(&mut portfolio, "specific_actions", specific("m", "B", &["x"], "2026-11-30", "email", "manual"));
    push(&mut portfolio, "specific_actions", specific("a", "A", &["y"], "2026-11-30", "email", "manual"));
    assert_eq!(rows(&run(&portfolio)), ["A:a@2026-11-30", "B:m@2026-11-30", "B:z@2026-11-30"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn indicators_count_scheduled_and_to_complete() {
    let agenda = run(&three_customers());
    let states: Vec<_> = agenda.actions.iter().map(|a| (a.action.as_str(), a.state)).collect();
    assert_eq!(
        states,
        [("r1", State::OverdueUnconfirmed), ("sa", State::Error), ("pre", State::Confirmed), ("call", State::Upcoming)]
    );
    // r1 (unconfirmed, due) and sa (error, due) need a person today; call is not due yet.
    assert_eq!((agenda.indicators.scheduled, agenda.indicators.to_complete), (4, 2));

    let agenda = agenda_on(&three_customers(), "2026-12-05");
    assert_eq!((agenda.indicators.scheduled, agenda.indicators.to_complete), (4, 3), "the call is now due");
}

fn agenda_on(portfolio: &Value, on: &str) -> Agenda {
    agenda(&load(portfolio), date(on), None, &Filters::default())
}

#[wasm_bindgen_test(unsupported = test)]
fn filter_by_collector() {
    let agenda = filtered(&three_customers(), Filters { collector: Some("u2".into()), ..Filters::default() });
    assert_eq!(rows(&agenda), ["C2:pre@2026-12-05"]);
    assert_eq!((agenda.indicators.scheduled, agenda.indicators.to_complete), (1, 0));
}

#[wasm_bindgen_test(unsupported = test)]
fn filter_by_channel() {
    let agenda = filtered(&three_customers(), Filters { channel: Some(Channel::Email), ..Filters::default() });
    assert_eq!(rows(&agenda), ["C1:r1@2026-11-08", "C2:pre@2026-12-05"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn filter_by_mode() {
    let agenda = filtered(&three_customers(), Filters { mode: Some(Mode::Automatic), ..Filters::default() });
    assert_eq!(rows(&agenda), ["C3:sa@2026-11-10", "C2:pre@2026-12-05"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn filter_by_state() {
    let agenda = filtered(&three_customers(), Filters { state: Some(State::Error), ..Filters::default() });
    assert_eq!(rows(&agenda), ["C3:sa@2026-11-10"]);
    assert_eq!((agenda.indicators.scheduled, agenda.indicators.to_complete), (1, 1));
}

#[wasm_bindgen_test(unsupported = test)]
fn filter_by_customer_field() {
    let eti = Filters { fields: vec![("segment".into(), "ETI".into())], ..Filters::default() };
    assert_eq!(
        rows(&filtered(&three_customers(), eti)),
        ["C3:sa@2026-11-10", "C2:pre@2026-12-05", "C3:call@2026-12-05"]
    );
    let both =
        Filters { fields: vec![("segment".into(), "ETI".into())], collector: Some("u1".into()), ..Filters::default() };
    assert_eq!(rows(&filtered(&three_customers(), both)), ["C3:sa@2026-11-10", "C3:call@2026-12-05"]);
    let missing = Filters { fields: vec![("region".into(), "X".into())], ..Filters::default() };
    assert!(filtered(&three_customers(), missing).actions.is_empty());
}

#[wasm_bindgen_test(unsupported = test)]
fn a_user_with_the_collector_role_sees_their_own_accounts_by_default() {
    let mut json = three_customers();
    json["users"] =
        json!([{"id": "u1", "name": "Claire", "role": "collector"}, {"id": "u2", "name": "Bob", "role": "manager"}]);
    let portfolio = load(&json);
    let seen = |user: &str, filters: Filters| {
        let filters = filters.seen_by(&portfolio, user).unwrap();
        rows(&agenda(&portfolio, date(D), None, &filters))
    };
    assert_eq!(seen("u1", Filters::default()), ["C1:r1@2026-11-08", "C3:sa@2026-11-10", "C3:call@2026-12-05"]);
    assert_eq!(seen("u1", Filters { collector: Some("u2".into()), ..Filters::default() }), ["C2:pre@2026-12-05"]);
    assert_eq!(seen("u2", Filters::default()).len(), 4, "a manager sees every account");
}

#[wasm_bindgen_test(unsupported = test)]
fn the_agenda_is_the_same_for_the_same_input() {
    let portfolio = load(&three_customers());
    let first = agenda(&portfolio, date(D), Some(time("10:00")), &Filters::default());
    let second = agenda(&portfolio, date(D), Some(time("10:00")), &Filters::default());
    assert_eq!(first, second);
    assert_eq!(first.to_json(), second.to_json());
}

#[wasm_bindgen_test(unsupported = test)]
fn the_json_has_the_interface_shape() {
    let mut portfolio = three_customers();
    let mut paid = invoice("p1", "C2", "2026-10-01");
    paid["outstanding"] = json!("0");
    push(&mut portfolio, "items", paid);
    push(&mut portfolio, "specific_actions", specific("gone", "C2", &["p1"], "2026-11-30", "email", "manual"));
    push(&mut portfolio, "customers", customer("C4"));
    push(&mut portfolio, "items", invoice("l1", "C4", "2026-10-01"));
    for step in ["pre", "r1", "call", "lr"] {
        push(&mut portfolio, "history", done("C4", step, &["l1"]));
    }
    let agenda = agenda(&load(&portfolio), date(D), Some(time("10:00")), &Filters::default());
    let json: Value = serde_json::from_str(&agenda.to_json()).unwrap();
    assert_eq!(json["date"], json!(D));
    assert_eq!(json["indicators"], json!({"scheduled": 4, "to_complete": 2}));
    assert_eq!(
        json["actions"][0],
        json!({"customer": "C1", "action": "r1", "kind": "scenario", "channel": "email", "mode": "automatic_to_confirm",
               "date": "2026-11-08", "state": "overdue_unconfirmed", "colour": "red", "error": null, "items": ["i1"],
               "send_at": "2026-11-23T10:00"})
    );
    assert_eq!(
        json["actions"][1],
        json!({"customer": "C3", "action": "sa", "kind": "specific", "channel": "letter", "mode": "automatic",
               "date": "2026-11-10", "state": "error", "colour": "yellow", "error": "contact_missing_address",
               "items": ["k2"], "send_at": "2026-11-23"})
    );
    assert_eq!(json["actions"][3]["send_at"], Value::Null);
    assert_eq!(json["cancelled"], json!([{"customer": "C2", "action": "gone", "date": "2026-11-30"}]));
    assert_eq!(json["finished"], json!([{"customer": "C4"}]));
    assert_eq!(json["alerts"], json!([]));
    let keys: Vec<_> = json.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys.len(), 6);
}

// ---------------------------------------------------------------------------------------------
// Alerts

#[wasm_bindgen_test(unsupported = test)]
fn alerts_list_the_flagged_customers_under_the_customer_filters() {
    let mut portfolio = three_customers();
    portfolio["alert_rules"] = json!([
        {"id": "late", "name": "Overdue more than 10 days", "when": [{"days_overdue_above": 10}]},
        {"id": "eti", "when": [{"field": "segment", "equals": "ETI"}]}
    ]);
    let everyone = run(&portfolio);
    let json: Value = serde_json::from_str(&everyone.to_json()).unwrap();
    assert_eq!(
        json["alerts"],
        json!([
            {"rule": "late", "name": "Overdue more than 10 days", "customer": "C1", "detail": "i1 22 days overdue",
             "findings": [{"condition": "days_overdue_above", "reference": "i1", "days": 22}]},
            {"rule": "late", "name": "Overdue more than 10 days", "customer": "C3", "detail": "k2 22 days overdue",
             "findings": [{"condition": "days_overdue_above", "reference": "k2", "days": 22}]},
            {"rule": "eti", "name": "eti", "customer": "C2", "detail": "segment = ETI",
             "findings": [{"condition": "field", "name": "segment", "value": "ETI"}]},
            {"rule": "eti", "name": "eti", "customer": "C3", "detail": "segment = ETI",
             "findings": [{"condition": "field", "name": "segment", "value": "ETI"}]}
        ])
    );
    let customers = |agenda: &Agenda| agenda.alerts.iter().map(|a| a.customer.clone()).collect::<Vec<_>>();
    let u1 = filtered(&portfolio, Filters { collector: Some("u1".into()), ..Filters::default() });
    assert_eq!(customers(&u1), ["C1", "C3", "C3"]);
    let sme = filtered(&portfolio, Filters { fields: vec![("segment".into(), "SME".into())], ..Filters::default() });
    assert_eq!(customers(&sme), ["C1"]);
    // Channel, mode and state narrow actions, not the customers an alert is about.
    let sms = filtered(&portfolio, Filters { channel: Some(Channel::Sms), ..Filters::default() });
    assert!(sms.actions.is_empty());
    assert_eq!(sms.alerts, everyone.alerts);
}

// ---------------------------------------------------------------------------------------------
// Completing and confirming

#[wasm_bindgen_test(unsupported = test)]
fn completing_an_action_moves_the_customer_to_the_next_step() {
    let portfolio = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01"), invoice("i2", "C1", "2026-10-01")]);
    let mut portfolio = load(&portfolio);
    complete(&mut portfolio, "C1", "pre", date(D), Some("u1".into())).unwrap();
    let entry = portfolio.history.last().unwrap();
    assert_eq!((entry.customer.as_str(), entry.action.as_str(), entry.done_on), ("C1", "pre", date(D)));
    assert_eq!(
        (entry.items.clone(), entry.by.as_deref(), entry.channel),
        (vec!["i1".to_owned(), "i2".to_owned()], Some("u1"), Some(Channel::Email))
    );
    let next = agenda(&portfolio, date(D), None, &Filters::default());
    assert_eq!(rows(&next), ["C1:r1@2026-10-08"]);
    // The portfolio still saves and loads with its new history.
    let again = Portfolio::from_json(&portfolio.to_json()).unwrap();
    assert_eq!(again.history.len(), 1);
}

#[wasm_bindgen_test(unsupported = test)]
fn completing_the_last_step_finishes_the_customer() {
    let mut portfolio = load(&with(&["C1"], vec![invoice("i1", "C1", "2026-10-01")]));
    for step in ["pre", "r1", "call", "lr"] {
        complete(&mut portfolio, "C1", step, date(D), None).unwrap();
    }
    let agenda = agenda(&portfolio, date(D), None, &Filters::default());
    assert!(agenda.actions.is_empty());
    assert_eq!(agenda.finished.len(), 1);
    assert_eq!(portfolio.history.len(), 4);
}

#[wasm_bindgen_test(unsupported = test)]
fn completing_a_specific_action_releases_it() {
    let mut json = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01")]);
    push(&mut json, "specific_actions", specific("sa", "C1", &["i1"], "2026-11-20", "letter", "manual"));
    let mut portfolio = load(&json);
    assert_eq!(rows(&agenda(&portfolio, date(D), None, &Filters::default())), ["C1:sa@2026-11-20"]);
    complete(&mut portfolio, "C1", "sa", date(D), None).unwrap();
    assert_eq!(portfolio.history.last().unwrap().channel, Some(Channel::Letter));
    assert_eq!(rows(&agenda(&portfolio, date(D), None, &Filters::default())), ["C1:pre@2026-09-26"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn completing_something_not_in_the_agenda_is_an_error() {
    let mut portfolio = load(&with(&["C1"], vec![invoice("i1", "C1", "2026-10-01")]));
    for (customer, action, by, named) in
        [("C1", "r1", None, "\"r1\""), ("C9", "pre", None, "\"C9\""), ("C1", "pre", Some("nobody"), "\"nobody\"")]
    {
        let error = complete(&mut portfolio, customer, action, date(D), by.map(str::to_owned)).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::NotFound);
        assert!(error.to_string().contains(named), "{error}");
    }
    assert!(portfolio.history.is_empty(), "nothing appended");
}

#[wasm_bindgen_test(unsupported = test)]
fn confirming_turns_overdue_unconfirmed_into_confirmed() {
    let mut json = with(&["C1"], vec![invoice("i1", "C1", "2026-10-01")]);
    push(&mut json, "history", done("C1", "pre", &["i1"]));
    let mut portfolio = load(&json);
    let before = agenda(&portfolio, date(D), None, &Filters::default());
    assert_eq!((only(&before).state, only(&before).colour), (State::OverdueUnconfirmed, Colour::Red));
    assert_eq!(before.indicators.to_complete, 1);
    confirm(&mut portfolio, "C1", "r1", date(D)).unwrap();
    confirm(&mut portfolio, "C1", "r1", date(D)).unwrap();
    assert_eq!(portfolio.confirmations.len(), 1, "confirming twice keeps one confirmation");
    assert_eq!(portfolio.confirmations[0].on, Some(date(D)));
    let after = agenda(&portfolio, date(D), None, &Filters::default());
    assert_eq!((only(&after).state, only(&after).colour), (State::Confirmed, Colour::Green));
    assert_eq!(after.indicators.to_complete, 0);
    assert_eq!(portfolio.history.len(), 1, "history untouched");
}

#[wasm_bindgen_test(unsupported = test)]
fn only_actions_to_confirm_can_be_confirmed() {
    let mut portfolio = load(&with(&["C1"], vec![invoice("i1", "C1", "2026-10-01")]));
    let error = confirm(&mut portfolio, "C1", "pre", date(D)).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Conflict);
    assert!(error.to_string().contains("automatic_to_confirm"), "{error}");
    assert!(confirm(&mut portfolio, "C1", "lr", date(D)).is_err(), "not the customer's current action");
    assert!(portfolio.confirmations.is_empty());
}
