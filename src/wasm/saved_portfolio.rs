//! The agenda page's portfolio as this browser last saved it (`Portfolio.toJson()` after every
//! completion and confirmation), so that a reload loses nothing; under the storage rule of
//! [`super::storage`].
//!
//! One entry, `{namespace}.portfolio`, holds a header line (`{"version":1,"sample":…,
//! "saved_at":…}`: the version, the fingerprint of the sample it grew from, when) and the
//! portfolio's JSON, so that the two are written together or not at all. An entry that cannot
//! be read, or whose portfolio no longer loads, is set aside to `{namespace}.aside` (then
//! `.aside.1`, …).

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use super::{invalid, storage, text, to_js, StringArgument, Thrown};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A saved portfolio: its JSON, the fingerprint of the sample it grew from, when it was saved. */
export interface SavedEntry {
  text: string;
  sample: string;
  savedAt: string;
}
"#;

const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Header {
    version: Option<u32>,
    #[serde(default)]
    sample: String,
    #[serde(default)]
    saved_at: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SavedEntry<'a> {
    text: &'a str,
    sample: String,
    saved_at: String,
}

/// The saved portfolio of one page.
#[wasm_bindgen]
pub struct SavedPortfolio {
    storage: web_sys::Storage,
    namespace: String,
    sample: String,
}

#[wasm_bindgen]
impl SavedPortfolio {
    /// Opens the portfolio saved under `namespace` (default `dunning.agenda`) by a page whose
    /// sample is `sample_text`. Throws a `storage` error when the browser offers no
    /// localStorage (a sandboxed frame, storage disabled).
    pub fn open(sample_text: StringArgument, namespace: Option<StringArgument>) -> Result<SavedPortfolio, Thrown> {
        let sample = fingerprint(&text(&sample_text, "SavedPortfolio.open: the sample")?);
        let namespace = match namespace {
            Some(namespace) => text(&namespace, "SavedPortfolio.open: the namespace")?,
            None => "dunning.agenda".to_owned(),
        };
        if namespace.is_empty() {
            return Err(invalid("SavedPortfolio.open: the namespace is empty"));
        }
        let storage = storage::local("the portfolio")?;
        Ok(SavedPortfolio { storage, namespace, sample })
    }

    /// The key of the entry (what a `storage` event names).
    #[wasm_bindgen(getter)]
    pub fn key(&self) -> String {
        format!("{}.portfolio", self.namespace)
    }

    /// The fingerprint of this page's sample (FNV-1a of its UTF-16 text, and its length).
    #[wasm_bindgen(getter)]
    pub fn sample(&self) -> String {
        self.sample.clone()
    }

    /// The saved entry, or `null`; throws a `storage` error saying why an entry cannot be read.
    #[wasm_bindgen(unchecked_return_type = "SavedEntry | null")]
    pub fn read(&self) -> Result<JsValue, Thrown> {
        let Some(entry) = storage::get(&self.storage, &self.key()) else { return Ok(JsValue::NULL) };
        let (header, text) = entry.split_once('\n').unwrap_or((&entry, ""));
        let header: Header = serde_json::from_str(header).unwrap_or(Header {
            version: None,
            sample: String::new(),
            saved_at: String::new(),
        });
        storage::version(header.version, VERSION, "a saved portfolio", "agenda").map_err(storage::error)?;
        to_js(&SavedEntry { text, sample: header.sample, saved_at: header.saved_at })
    }

    /// Saves the portfolio's JSON; throws a `storage` error that says why the browser refused.
    pub fn save(&self, portfolio_json: StringArgument) -> Result<(), Thrown> {
        let json = text(&portfolio_json, "save: the portfolio")?;
        let saved_at = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
        let header = Header { version: Some(VERSION), sample: self.sample.clone(), saved_at };
        let header = serde_json::to_string(&header).map_err(|error| invalid(error.to_string()))?;
        storage::set(&self.storage, &self.key(), &format!("{header}\n{json}"), "the portfolio")
    }

    /// Moves the saved entry, byte for byte, to a free `aside` key, and returns that key (or
    /// `undefined` when there was nothing saved).
    #[wasm_bindgen(js_name = setAside)]
    pub fn set_aside(&self) -> Option<String> {
        storage::set_aside(&self.storage, &self.key(), &format!("{}.aside", self.namespace))
    }

    /// Forgets the saved portfolio (the page goes back to its sample).
    pub fn clear(&self) {
        self.storage.remove_item(&self.key()).ok();
    }
}

/// FNV-1a over UTF-16 units, 32 bits, and the length in units: the JS version's figures, so
/// entries saved before keep their fingerprint.
fn fingerprint(text: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    let mut length = 0;
    for unit in text.encode_utf16() {
        hash ^= u32::from(unit);
        hash = hash.wrapping_mul(0x0100_0193);
        length += 1;
    }
    format!("{hash:08x}-{length}")
}
