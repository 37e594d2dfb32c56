//! The one rule for what the demo keeps in the browser's localStorage (the editor's drafts,
//! the agenda's saved portfolio): every entry says its version; a write the browser refuses
//! says why (a full storage is named as such) and leaves the previous entry intact; an entry
//! that cannot be read is moved aside, byte for byte, to a free key, and reported, never
//! deleted and never allowed to hide the rest.

use wasm_bindgen::prelude::*;

use super::Thrown;
use crate::{Error, ErrorKind};

/// The page's localStorage, or a `storage` error saying that `what` cannot be kept. Probed
/// through `Reflect`, which catches the `SecurityError` a disabled storage throws.
pub(super) fn local(what: &str) -> Result<web_sys::Storage, Thrown> {
    let unavailable = || error(format!("this browser does not let the page keep {what} (localStorage is unavailable)"));
    let local =
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("localStorage")).map_err(|_| unavailable())?;
    local.dyn_into::<web_sys::Storage>().map_err(|_| unavailable())
}

pub(super) fn error(detail: String) -> Thrown {
    Error::new(ErrorKind::Storage, detail).into()
}

pub(super) fn get(storage: &web_sys::Storage, key: &str) -> Option<String> {
    storage.get_item(key).ok().flatten()
}

/// Writes `text` under `key`; a refusal is a `storage` error that names `what` and, when the
/// quota is the cause, says so and what to do.
pub(super) fn set(storage: &web_sys::Storage, key: &str, text: &str, what: &str) -> Result<(), Thrown> {
    storage.set_item(key, text).map_err(|refusal| {
        let name = js_sys::Reflect::get(&refusal, &JsValue::from_str("name")).ok().and_then(|name| name.as_string());
        if name.as_deref() == Some("QuotaExceededError") {
            error(format!(
                "the browser's storage for this page is full: {what} was not saved. Delete what you no longer \
                 need here; the next change saves again."
            ))
        } else {
            let message =
                js_sys::Reflect::get(&refusal, &JsValue::from_str("message")).ok().and_then(|m| m.as_string());
            error(format!("{what} was not saved: {}.", message.unwrap_or_else(|| "the browser refused it".to_owned())))
        }
    })
}

/// Moves the entry under `key` to the first free key of `aside`, `aside.1`, `aside.2`… and
/// returns where it now is. If the browser refuses the copy, the entry stays where it was
/// (and that key is returned): it is never lost.
pub(super) fn set_aside(storage: &web_sys::Storage, key: &str, aside: &str) -> Option<String> {
    let text = get(storage, key)?;
    let free = (0..)
        .map(|n| if n == 0 { aside.to_owned() } else { format!("{aside}.{n}") })
        .find(|candidate| get(storage, candidate).is_none())?;
    if storage.set_item(&free, &text).is_ok() {
        storage.remove_item(key).ok();
        Some(free)
    } else {
        Some(key.to_owned())
    }
}

/// Whether an entry stored as `found` can be read by a `page` that reads version `reads`; if
/// not, why (`what` names the entry: "a draft").
pub(super) fn version(found: Option<u32>, reads: u32, what: &str, page: &str) -> Result<(), String> {
    match found {
        Some(version) if version == reads => Ok(()),
        Some(version) => Err(format!("{what} of version {version}; this {page} reads version {reads}")),
        None => Err(format!("not {what} of this {page}")),
    }
}
