//! The editor's drafts in a real browser's localStorage (headless Chromium): they survive a
//! reload (a new store), an unreadable entry never hides the others, a full storage is an error.
//! Built with the `storage` feature (`make test-wasm-browser` passes it).
#![cfg(all(target_arch = "wasm32", feature = "storage"))]

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

use dunning::wasm::drafts::DraftStore;
use dunning::wasm::StringArgument;

wasm_bindgen_test_configure!(run_in_browser);

/// localStorage through plain JS calls: what the store wrote, seen from outside.
struct Local;

impl Local {
    fn object() -> JsValue {
        Reflect::get(&js_sys::global(), &"localStorage".into()).unwrap()
    }

    fn call(method: &str, args: &[&str]) -> JsValue {
        let function: js_sys::Function = Reflect::get(&Local::object(), &method.into()).unwrap().unchecked_into();
        let args: Array = args.iter().map(|arg| JsValue::from_str(arg)).collect();
        function.apply(&Local::object(), &args).unwrap()
    }

    fn get(key: &str) -> Option<String> {
        Local::call("getItem", &[key]).as_string()
    }

    fn set(key: &str, value: &str) {
        Local::call("setItem", &[key, value]);
    }

    /// Every key starting with `prefix`.
    fn keys(prefix: &str) -> Vec<String> {
        let length = Reflect::get(&Local::object(), &"length".into()).unwrap().as_f64().unwrap() as u32;
        (0..length)
            .filter_map(|index| Local::call("key", &[&index.to_string()]).as_string())
            .filter(|key| key.starts_with(prefix))
            .collect()
    }
}

/// A store on an empty namespace (a browser profile may be reused between runs).
fn fresh(namespace: &str) -> DraftStore {
    for key in Local::keys(&format!("{namespace}.")) {
        Local::call("removeItem", &[&key]);
    }
    open(namespace)
}

/// A JS string, as the store's string arguments take them.
fn s(text: &str) -> StringArgument {
    JsValue::from_str(text).unchecked_into()
}

fn open(namespace: &str) -> DraftStore {
    DraftStore::open(Some(s(namespace))).unwrap()
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap()
}

fn text(object: &JsValue, key: &str) -> String {
    get(object, key).as_string().unwrap_or_else(|| panic!("{key} is not a string"))
}

fn json(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

fn names(store: &DraftStore) -> Vec<String> {
    let list: Array = store.list().unwrap().unchecked_into();
    list.iter().map(|summary| text(&summary, "name")).collect()
}

fn error_message(result: Result<impl Sized, dunning::wasm::Thrown>) -> String {
    let Err(error) = result else { panic!("expected an error") };
    let error: js_sys::Error = JsValue::from(error).unchecked_into();
    let code = js_sys::Reflect::get(&error, &"code".into()).ok().and_then(|code| code.as_string());
    assert!(code.is_some_and(|code| !code.is_empty()), "every error thrown has a code");
    String::from(error.message())
}

#[wasm_bindgen_test]
fn a_saved_draft_is_found_by_a_new_store() {
    let mut store = fresh("t-reload");
    let first = store.create(json(r#"{"name": "Reminder", "template": "Dear #contact_name"}"#)).unwrap();
    let second = store.create(json(r#"{"name": "SMS", "channel": "sms", "format": "text"}"#)).unwrap();
    let id = text(&first, "id");
    let edited = json(&JSON::stringify(&first).unwrap().as_string().unwrap());
    Reflect::set(&edited, &"template".into(), &"Dear #contact_name, you owe #items_amount".into()).unwrap();
    Reflect::set(&edited, &"selected".into(), &json(r#"["i1", "i3"]"#)).unwrap();
    store.save(edited).unwrap();
    store.select(s(&id)).unwrap();

    // A reload: a new store reads what the first one wrote.
    let reopened = open("t-reload");
    assert_eq!(names(&reopened), ["Reminder", "SMS"]);
    let current = reopened.current().unwrap();
    assert_eq!(text(&current, "id"), id, "the draft open last reopens");
    assert_eq!(text(&current, "template"), "Dear #contact_name, you owe #items_amount");
    assert_eq!(JSON::stringify(&get(&current, "selected")).unwrap(), "[\"i1\",\"i3\"]");
    assert_eq!(text(&current, "format"), "markdown", "defaults fill what create was not given");
    let sms = reopened.get(s(&text(&second, "id"))).unwrap();
    assert_eq!((text(&sms, "channel"), text(&sms, "format")), ("sms".into(), "text".into()));
}

#[wasm_bindgen_test]
fn rename_duplicate_and_remove_keep_the_others() {
    let mut store = fresh("t-manage");
    let letter = store.create(json(r#"{"name": "Letter", "channel": "letter"}"#)).unwrap();
    let letter_id = text(&letter, "id");
    store.create(json(r#"{"name": "E-mail"}"#)).unwrap();
    store.rename(s(&letter_id), s("  Formal notice ")).unwrap();
    let copy = store.duplicate(s(&letter_id)).unwrap();
    assert_eq!(text(&copy, "name"), "Formal notice (copy)");
    assert_ne!(text(&copy, "id"), letter_id);
    assert_eq!(text(&store.current().unwrap(), "id"), text(&copy, "id"), "the copy is opened");
    assert_eq!(names(&store), ["Formal notice", "E-mail", "Formal notice (copy)"]);

    let removed = store.remove(s(&text(&copy, "id"))).unwrap();
    assert_eq!(names(&store), ["Formal notice", "E-mail"]);
    assert_eq!(text(&store.current().unwrap(), "name"), "E-mail", "a neighbour is opened");
    // Undo: saving the removed draft brings it back, in its place.
    store.save(removed).unwrap();
    let reopened = open("t-manage");
    assert_eq!(names(&reopened), ["Formal notice", "E-mail", "Formal notice (copy)"]);
}

#[wasm_bindgen_test]
fn an_unreadable_entry_is_set_aside_and_the_others_stay() {
    let mut store = fresh("t-corrupt");
    store.create(json(r#"{"name": "Kept"}"#)).unwrap();
    let other = store.create(json(r#"{"name": "Also kept"}"#)).unwrap();
    Local::set("t-corrupt.draft.broken", "{\"version\": 1, \"draft\": {\"id\": \"broken\", ");
    Local::set("t-corrupt.draft.foreign", r#"{"title": "someone else's data"}"#);
    Local::set("t-corrupt.draft.future", r#"{"version": 7, "draft": {"id": "future"}}"#);
    Local::set("t-corrupt.draft.fax", r#"{"version": 1, "draft": {"id": "fax", "name": "Fax", "channel": "fax"}}"#);
    Local::set("t-corrupt.current", "not json");
    Local::set("someone-else", "untouched");

    let store = open("t-corrupt");
    assert_eq!(names(&store), ["Kept", "Also kept"]);
    assert_eq!(text(&store.current().unwrap(), "name"), "Kept", "an unreadable pointer falls back to the first");
    let aside: Array = store.aside().unwrap().unchecked_into();
    let reasons: Vec<(String, String)> =
        aside.iter().map(|entry| (text(&entry, "key"), text(&entry, "reason"))).collect();
    assert_eq!(reasons.len(), 4, "{reasons:?}");
    let reason =
        |key: &str| &reasons.iter().find(|(k, _)| k == key).unwrap_or_else(|| panic!("{key} in {reasons:?}")).1;
    assert!(reason("t-corrupt.aside.broken").contains("EOF"), "{reasons:?}");
    assert!(reason("t-corrupt.aside.foreign").contains("not a draft of this editor"), "{reasons:?}");
    assert!(reason("t-corrupt.aside.future").contains("version 7"), "{reasons:?}");
    assert!(reason("t-corrupt.aside.fax").contains("unknown channel \"fax\""), "{reasons:?}");
    // Moved, not lost: the text is kept byte for byte, and nothing else was touched.
    assert_eq!(Local::get("t-corrupt.aside.foreign").as_deref(), Some(r#"{"title": "someone else's data"}"#));
    assert!(Local::get("t-corrupt.draft.foreign").is_none());
    assert_eq!(Local::get("someone-else").as_deref(), Some("untouched"));
    assert_eq!(Local::keys("t-corrupt.draft.").len(), 2);

    // Reported again on the next load, until discarded.
    let mut again = open("t-corrupt");
    assert_eq!(Array::from(&again.aside().unwrap()).length(), 4);
    again.discard(s("t-corrupt.aside.foreign")).unwrap();
    assert!(Local::get("t-corrupt.aside.foreign").is_none());
    assert_eq!(names(&again), ["Kept", "Also kept"]);
    assert!(again.get(s(&text(&other, "id"))).unwrap().is_object());
}

#[wasm_bindgen_test]
fn a_full_storage_is_an_error_and_the_saved_version_stays() {
    let mut store = fresh("t-quota");
    let draft = store.create(json(r#"{"name": "Big", "template": "small"}"#)).unwrap();
    // Chromium allows about 5 M characters per origin: 6 M cannot be stored.
    Reflect::set(&draft, &"template".into(), &"x".repeat(6_000_000).into()).unwrap();
    let message = error_message(store.save(draft));
    assert!(message.contains("storage for this page is full") && message.contains("\"Big\""), "{message}");
    let reopened = open("t-quota");
    assert_eq!(text(&reopened.current().unwrap(), "template"), "small");
}

#[wasm_bindgen_test]
fn a_draft_with_unknown_settings_is_refused() {
    let mut store = fresh("t-invalid");
    let message = error_message(store.create(json(r#"{"name": "X", "channel": "fax"}"#)));
    assert!(message.contains("unknown channel \"fax\""), "{message}");
    let message = error_message(store.create(json(r#"{"name": "X", "mode": "live"}"#)));
    assert!(message.contains("unknown preview mode"), "{message}");
    let message = error_message(store.create(json(r#"{"name": "X", "selected": "i1"}"#)));
    assert!(message.contains("draft: invalid type"), "{message}");
    let number: StringArgument = JsValue::from(5).unchecked_into();
    assert_eq!(error_message(store.rename(number, s("Y"))), "rename: the id must be a string");
    let message = error_message(store.rename(s("nope"), s("Y")));
    assert_eq!(message, "no draft \"nope\"");
    assert!(names(&store).is_empty());
    assert!(error_message(DraftStore::open(Some(s("bad.namespace")))).contains("invalid draft namespace"));
}

#[wasm_bindgen_test]
fn the_ui_language_is_remembered() {
    let store = fresh("t-ui");
    assert_eq!(store.ui_locale(), None);
    store.set_ui_locale(JsValue::from("DE").unchecked_into()).unwrap();
    assert_eq!(open("t-ui").ui_locale().as_deref(), Some("de"));
    assert!(error_message(store.set_ui_locale(JsValue::from("xx").unchecked_into())).contains("xx"));
}
