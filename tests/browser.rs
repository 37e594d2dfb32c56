//! The JS face of the engine (`check`, `catalogue` as wasm-bindgen exports them), always in
//! headless Chromium: plain JS objects, UTF-16 offsets, JS `Error`s for bad options.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

use dunning::wasm::{catalogue, check, hashtags, StringArgument};

/// A JS string, as the API's string arguments take them.
fn s(text: &str) -> StringArgument {
    JsValue::from_str(text).unchecked_into()
}

wasm_bindgen_test_configure!(run_in_browser);

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("readable property")
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value)).unwrap();
    }
    object.into()
}

#[wasm_bindgen_test]
fn runs_in_headless_chromium() {
    let navigator = get(&js_sys::global(), "navigator");
    let agent = get(&navigator, "userAgent").as_string().unwrap_or_default();
    console_log!("user agent: {agent}");
    assert!(agent.contains("HeadlessChrome"), "{agent}");
    assert!(!get(&js_sys::global(), "document").is_undefined(), "a page, not a worker");
}

#[wasm_bindgen_test]
fn check_returns_plain_objects_with_utf16_offsets() {
    let source = "😀 Dear #contact_nme";
    let diagnostics: Array = check(s(source), None).unwrap().dyn_into().unwrap();
    assert_eq!(diagnostics.length(), 1);
    let diagnostic = diagnostics.get(0);
    assert_eq!(get(&diagnostic, "code").as_string().unwrap(), "unknown-hashtag");
    assert_eq!(get(&diagnostic, "severity").as_string().unwrap(), "error");
    assert_eq!(get(&diagnostic, "suggestion").as_string().unwrap(), "contact_name");
    assert_eq!(get(&diagnostic, "column").as_f64(), Some(8.0));
    // The emoji is two UTF-16 units: the `#` is at 8 in JS, and the span is 12 long.
    assert_eq!((get(&diagnostic, "start").as_f64(), get(&diagnostic, "end").as_f64()), (Some(8.0), Some(20.0)));
    // A plain object, not a Map or a class instance.
    let object_prototype = get(&get(&js_sys::global(), "Object"), "prototype");
    assert_eq!(JsValue::from(js_sys::Object::get_prototype_of(&diagnostic)), object_prototype);
}

#[wasm_bindgen_test]
fn check_reads_its_options() {
    let sms = options(&[("format", "text"), ("channel", "sms"), ("context", "specific")]);
    let diagnostics: Array = check(s("#items_list_selected"), Some(sms.unchecked_into())).unwrap().dyn_into().unwrap();
    let codes: Vec<String> = diagnostics.iter().map(|d| get(&d, "code").as_string().unwrap()).collect();
    assert_eq!(codes, ["channel-not-supported"]);
}

#[wasm_bindgen_test]
fn bad_options_are_js_errors_with_a_clear_message() {
    for (bad, expected) in [
        (options(&[("channel", "fax")]), "unknown channel \"fax\""),
        (options(&[("format", "docx")]), "unknown format \"docx\""),
        (options(&[("chanel", "sms")]), "unknown option \"chanel\""),
        (options(&[("channel", "")]), "unknown channel \"\""),
        (JsValue::from_str("email"), "check options"),
    ] {
        let error: JsValue = check(s("x"), Some(bad.unchecked_into())).expect_err(expected).into();
        assert!(error.is_instance_of::<js_sys::Error>());
        let message = get(&error, "message").as_string().unwrap();
        assert!(message.contains(expected), "{message}");
    }
}

#[wasm_bindgen_test]
fn catalogue_is_localized_and_rejects_unknown_locales() {
    let english: Array = catalogue(None).unwrap().dyn_into().unwrap();
    let japanese: Array = catalogue(Some(JsValue::from("ja").unchecked_into())).unwrap().dyn_into().unwrap();
    assert_eq!(english.length(), 38);
    let first = japanese.get(0);
    assert_eq!(get(&first, "name").as_string().unwrap(), "items_list");
    assert_eq!(get(&first, "type").as_string().unwrap(), "table");
    assert_ne!(get(&first, "description"), get(&english.get(0), "description"));
    let error: JsValue = catalogue(Some(JsValue::from("xx").unchecked_into())).unwrap_err().into();
    assert!(get(&error, "message").as_string().unwrap().contains("unknown locale"));
}

const SPEC: &str = include_str!("data/spec-portfolio.json");

#[wasm_bindgen_test]
fn portfolio_loads_renders_and_saves_through_the_js_api() {
    let portfolio = dunning::wasm::SharedPortfolio::from_json(s(SPEC)).unwrap();
    let options = options(&[("customer", "C001"), ("channel", "sms"), ("format", "text"), ("date", "2026-11-22")]);
    let rendered = portfolio.render(s("Pay #items_amount_overdue by #today"), options).unwrap();
    assert_eq!(get(&rendered, "output").as_string().unwrap(), "Pay 1 050,00 € by 22/11/2026");
    let sms = get(&rendered, "sms");
    assert_eq!(get(&sms, "encoding").as_string().unwrap(), "gsm-7");
    let diagnostics: Array = get(&rendered, "diagnostics").dyn_into().unwrap();
    assert_eq!(get(&diagnostics.get(0), "code").as_string().unwrap(), "sms-segments");
    let again = dunning::wasm::SharedPortfolio::from_json(s(&portfolio.to_json())).unwrap();
    assert_eq!(again.to_json(), portfolio.to_json());
}

#[wasm_bindgen_test]
fn reach_counts_what_a_template_does_to_every_customer() {
    let portfolio = dunning::wasm::SharedPortfolio::from_json(s(SPEC)).unwrap();
    let sms = options(&[("channel", "sms"), ("format", "text"), ("date", "2026-11-22")]);
    let reach = portfolio.reach(s("#customer_name owes #items_amount_overdue."), sms).unwrap();
    assert_eq!(get(&reach, "customers").as_f64(), Some(1.0), "the spec portfolio's one customer");
    let sms = get(&reach, "sms");
    assert!(get(&sms, "max_segments").as_f64().unwrap() >= 1.0);
    assert!(Array::is_array(&get(&reach, "undeliverable")));
    let bad = options(&[("chanel", "sms")]);
    let error: JsValue = portfolio.reach(s("x"), bad).err().expect("an unknown option").into();
    assert_eq!(get(&error, "code").as_string().unwrap(), "invalid-argument");
}

#[wasm_bindgen_test]
fn letters_come_back_as_one_document() {
    let portfolio = dunning::wasm::SharedPortfolio::from_json(s(SPEC)).unwrap();
    let pair = Array::of2(&"C001".into(), &"lr".into());
    let document = portfolio.letters(s("2026-11-22"), Array::of2(&pair, &pair).into()).unwrap().as_string().unwrap();
    assert_eq!(document.matches("<section class=\"letter\"").count(), 2);
}

#[wasm_bindgen_test]
fn load_errors_name_the_json_path() {
    let broken = SPEC.replace("\"2026-09-30\"", "\"2026-13-45\"");
    let error: JsValue = dunning::wasm::SharedPortfolio::from_json(s(&broken)).err().expect("a load error").into();
    assert!(error.is_instance_of::<js_sys::Error>());
    let message = get(&error, "message").as_string().unwrap();
    assert_eq!(message, "items[0].due_date: invalid date \"2026-13-45\" (expected YYYY-MM-DD)");
    assert_eq!(get(&error, "code").as_string().as_deref(), Some("invalid-portfolio"));
    let problems: Array = get(&error, "problems").unchecked_into();
    assert_eq!(problems.to_vec(), [JsValue::from_str(&message)]);
}

#[wasm_bindgen_test]
fn garbage_through_every_entry_point_is_an_error_never_a_panic() {
    let portfolio = dunning::wasm::SharedPortfolio::from_json(s(SPEC)).unwrap();
    for garbage in ["", "null", "[]", "{", "{\"company\": 1}", "\u{0}\u{ffff}"] {
        assert!(dunning::wasm::SharedPortfolio::from_json(s(garbage)).is_err(), "{garbage:?}");
        assert!(check(s(garbage), None).is_ok());
    }
    let bad_options: [(JsValue, &str); 6] = [
        (JsValue::from_f64(1.0), "invalid-argument"),
        (Array::new().into(), "invalid-argument"),
        (options(&[("customer", "nobody")]), "not-found"),
        (options(&[("customer", "C001"), ("date", "tomorrow")]), "invalid-value"),
        (options(&[("customer", "C001"), ("as", "pdf")]), "unknown-name"),
        (options(&[]), "invalid-argument"),
    ];
    for (bad, code) in bad_options {
        let error: JsValue = portfolio.render(s("#today"), bad).expect_err("an error").into();
        assert!(error.is_instance_of::<js_sys::Error>());
        assert_eq!(get(&error, "code").as_string().as_deref(), Some(code));
    }
    for actions in [JsValue::NULL, JsValue::from_str("C001:lr"), Array::of1(&Array::of1(&"C001".into())).into()] {
        assert!(portfolio.letters(s("2026-11-22"), actions).is_err());
    }
    assert!(portfolio.letters(s("2026-02-30"), Array::new().into()).is_err());
}

#[wasm_bindgen_test]
fn agenda_confirm_and_complete_through_the_js_api() {
    let mut portfolio = dunning::wasm::SharedPortfolio::from_json(s(SPEC)).unwrap();
    let on = |p: &dunning::wasm::SharedPortfolio, filters: JsValue| -> Array {
        let options = js_sys::Object::new();
        Reflect::set(&options, &"now".into(), &"10:00".into()).unwrap();
        Reflect::set(&options, &"filters".into(), &filters).unwrap();
        get(&p.agenda(s("2026-11-22"), Some(JsValue::from(options).unchecked_into())).unwrap(), "actions")
            .dyn_into()
            .unwrap()
    };
    let everything = on(&portfolio, js_sys::Object::new().into());
    assert!(everything.length() > 0);
    let fields = js_sys::Object::new();
    Reflect::set(&fields, &"segment".into(), &"Retail".into()).unwrap();
    let filters = js_sys::Object::new();
    Reflect::set(&filters, &"fields".into(), &fields).unwrap();
    assert_eq!(on(&portfolio, filters.into()).length(), 0, "no Retail customer");
    let first = everything.get(0);
    let (customer, action) = (get(&first, "customer").as_string().unwrap(), get(&first, "action").as_string().unwrap());
    let history_before = portfolio.to_json().matches("done_on").count();
    portfolio.complete(s(&customer), s(&action), s("2026-11-22"), Some(s("u1"))).unwrap();
    assert_eq!(portfolio.to_json().matches("done_on").count(), history_before + 1, "complete appends to history");
    let error: JsValue = portfolio.complete(s("C999"), s("x"), s("2026-11-22"), None).unwrap_err().into();
    assert!(error.is_instance_of::<js_sys::Error>());
    let bad_state = js_sys::Object::new();
    Reflect::set(&bad_state, &"state".into(), &"asleep".into()).unwrap();
    let options = js_sys::Object::new();
    Reflect::set(&options, &"filters".into(), &bad_state).unwrap();
    assert!(portfolio.agenda(s("2026-11-22"), Some(JsValue::from(options).unchecked_into())).is_err());
}

#[wasm_bindgen_test]
fn hashtags_gives_the_parsers_spans_in_utf16() {
    let source = "😀 **#contact_name** `#code` ##x #items_lst";
    let spans: Array =
        hashtags(s(source), Some(JsValue::from("markdown").unchecked_into())).unwrap().dyn_into().unwrap();
    let found: Vec<(String, f64, f64, bool)> = spans
        .iter()
        .map(|span| {
            let number = |key| get(&span, key).as_f64().unwrap();
            (get(&span, "name").as_string().unwrap(), number("start"), number("end"), get(&span, "known").is_truthy())
        })
        .collect();
    // Nothing in the code span or after `##`; offsets count the emoji as two units.
    assert_eq!(found, [("contact_name".into(), 5.0, 18.0, true), ("items_lst".into(), 33.0, 43.0, false)]);
    assert!(hashtags(s("#x"), Some(JsValue::from("docx").unchecked_into())).is_err());
}

#[wasm_bindgen_test]
fn history_alerts_and_the_users_view_through_the_js_api() {
    let mut json: serde_json::Value = serde_json::from_str(SPEC).unwrap();
    json["users"][0]["role"] = "collector".into();
    json["alert_rules"] = serde_json::json!([{"id": "late", "name": "Late", "when": [{"days_overdue_above": 30}]}]);
    let mut portfolio = dunning::wasm::SharedPortfolio::from_json(s(&json.to_string())).unwrap();
    let object = |pairs: &[(&str, JsValue)]| -> JsValue {
        let object = js_sys::Object::new();
        for (key, value) in pairs {
            Reflect::set(&object, &JsValue::from_str(key), value).unwrap();
        }
        object.into()
    };
    let agenda = portfolio.agenda(s("2026-11-22"), Some(object(&[("user", "u1".into())]).unchecked_into())).unwrap();
    let alerts: Array = get(&agenda, "alerts").dyn_into().unwrap();
    assert_eq!(alerts.length(), 1);
    assert_eq!(get(&alerts.get(0), "detail").as_string().unwrap(), "F2026-0412 53 days overdue");

    let first = get(&portfolio.agenda(s("2026-11-22"), None).unwrap(), "actions");
    let first = Array::from(&first).get(0);
    assert!(get(&first, "error").is_null(), "null as in the CLI's JSON, not undefined");
    let (customer, action) = (get(&first, "customer").as_string().unwrap(), get(&first, "action").as_string().unwrap());
    portfolio.complete(s(&customer), s(&action), s("2026-11-22"), Some(s("u1"))).unwrap();
    let rows: Array =
        portfolio.history(Some(object(&[("user", "u1".into())]).unchecked_into())).unwrap().dyn_into().unwrap();
    assert_eq!(rows.length(), 2);
    assert_eq!(get(&rows.get(0), "done_on").as_string().unwrap(), "2026-11-22", "newest first");
    assert_eq!(get(&rows.get(0), "by_name").as_string().unwrap(), "Claire Martin");
    let email = object(&[("filters", object(&[("channel", "email".into())]))]);
    let csv = portfolio.history_csv(Some(email.unchecked_into())).unwrap();
    assert!(csv.starts_with(
        "done_on,customer,customer_name,action,action_name,kind,channel,references,overdue_amount,currency,by,by_name\r\n"
    ));
    // The invoice by its number (not its id i1), not due yet on that day: no overdue amount.
    assert!(csv.contains(
        "\r\n2026-09-25,C001,Dupont SARL,pre,Courtesy reminder,scenario,email,F2026-0412,,,u1,Claire Martin\r\n"
    ));

    for bad in [object(&[("filter", JsValue::NULL)]), object(&[("user", "nobody".into())]), JsValue::from_f64(3.0)] {
        let error: JsValue = portfolio.history(Some(bad.unchecked_into())).unwrap_err().into();
        assert!(error.is_instance_of::<js_sys::Error>());
    }
}
