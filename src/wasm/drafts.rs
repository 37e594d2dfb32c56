//! The demo editor's drafts, kept in the browser's localStorage so that nothing typed is lost
//! by a reload, under the storage rule of [`super::storage`].
//!
//! Each draft is its own entry, `{namespace}.draft.{id}`, holding `{"version": 1, "draft": …}`:
//! a write touches one draft only, and an entry that cannot be read (corrupt, foreign, from
//! another version) is moved aside to `{namespace}.aside.{id}` and reported.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use super::storage;
use super::{invalid, parse, text, LocaleArgument, StringArgument, Thrown};
use crate::date::Date;
use crate::render::Show;
use crate::{Channel, Context, Error, ErrorKind, Format, Locale};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** One template being written in the demo editor, with the settings it is previewed with. */
export interface Draft {
  /** Assigned by the store. */
  id: string;
  name: string;
  template: string;
  format: Format;
  channel: Channel;
  context: Context;
  /** The customer previewed (an id of the portfolio), or "". */
  customer: string;
  /** The items of a specific action. */
  selected: string[];
  /** The preview's language, or "" for the customer's. */
  locale: Locale | "";
  /** The e-mail's or letter's subject line. */
  subject: string;
  /** The preview shows the sample data or the hashtags' names. */
  mode: "sample" | "names";
  /** The preview's date, `YYYY-MM-DD`, or "" for the page's reference date (the demo: its sample's). */
  date: string;
  /** A letter's preview outlines the envelope window. */
  window: boolean;
  /** Milliseconds since 1970, set by the store. */
  created: number;
  updated: number;
}

export interface DraftSummary {
  id: string;
  name: string;
  updated: number;
}

/** A localStorage entry that could not be read as a draft: kept, under `key`, untouched. */
export interface AsideEntry {
  key: string;
  reason: string;
}
"#;

/// The version of the stored record; an entry of another version is set aside.
const VERSION: u32 = 1;

/// One draft, as JS sees it and as it is stored (inside a [`Record`]).
#[derive(Clone, Serialize, Deserialize)]
#[serde(default)]
struct Draft {
    id: String,
    name: String,
    template: String,
    format: String,
    channel: String,
    context: String,
    customer: String,
    selected: Vec<String>,
    locale: String,
    subject: String,
    mode: String,
    date: String,
    window: bool,
    created: f64,
    updated: f64,
}

impl Default for Draft {
    fn default() -> Draft {
        Draft {
            id: String::new(),
            name: "Untitled draft".to_owned(),
            template: String::new(),
            format: Format::default().name().to_owned(),
            channel: Channel::default().name().to_owned(),
            context: "scenario".to_owned(),
            customer: String::new(),
            selected: Vec::new(),
            locale: String::new(),
            subject: String::new(),
            mode: "sample".to_owned(),
            date: String::new(),
            window: false,
            created: 0.0,
            updated: 0.0,
        }
    }
}

impl Draft {
    /// Every setting is one the engine knows, so a draft read back always opens.
    fn validate(&self) -> Result<(), Error> {
        if !is_id(&self.id) {
            let detail = format!("invalid draft id \"{}\" (letters, digits, - and _)", self.id);
            return Err(Error::new(ErrorKind::InvalidValue, detail));
        }
        if self.name.trim().is_empty() {
            return Err(Error::new(ErrorKind::InvalidValue, "a draft needs a name"));
        }
        self.format.parse::<Format>()?;
        self.channel.parse::<Channel>()?;
        self.context.parse::<Context>()?;
        if self.mode.parse::<Show>().is_err() {
            let detail = format!("unknown preview mode \"{}\"; expected sample or names", self.mode);
            return Err(Error::new(ErrorKind::UnknownName, detail));
        }
        if !self.locale.is_empty() {
            self.locale.parse::<Locale>()?;
        }
        if !self.date.is_empty() {
            self.date.parse::<Date>()?;
        }
        Ok(())
    }
}

/// What is stored: the version of this layout and the draft (both optional when read, so that
/// an entry of another version says so instead of failing on a field).
#[derive(Serialize, Deserialize)]
struct Record<D> {
    version: Option<u32>,
    draft: D,
}

// Drafts cross the boundary as JSON text, through the serde_json code that storage needs
// anyway, rather than through a second (serde-wasm-bindgen) instance of their (de)serializers.

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, Thrown> {
    let text = serde_json::to_string(value).map_err(|error| invalid(format!("a draft: {error}")))?;
    js_sys::JSON::parse(&text).map_err(|_| invalid("a draft could not be handed to JavaScript"))
}

fn from_js(value: &JsValue) -> Result<Draft, Thrown> {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| invalid("a draft must be an object of JSON values"))?;
    serde_json::from_str(&text).map_err(|error| invalid(format!("draft: {error}")))
}

fn is_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Reads one stored entry: the draft, or why it is not one.
fn read_record(text: &str, id: &str) -> Result<Draft, String> {
    let record: Record<Option<Draft>> =
        serde_json::from_str(text).map_err(|error| format!("not a draft of this editor: {error}"))?;
    storage::version(record.version, VERSION, "a draft", "editor")?;
    let draft = record.draft.ok_or("not a draft of this editor")?;
    if draft.id != id {
        return Err(format!("its id \"{}\" does not match its key", draft.id));
    }
    draft.validate().map_err(|error| error.to_string())?;
    Ok(draft)
}

fn not_found(detail: String) -> Thrown {
    Error::new(ErrorKind::NotFound, detail).into()
}

/// The drafts of one namespace, read once when opened and written through on every change.
#[wasm_bindgen]
pub struct DraftStore {
    storage: web_sys::Storage,
    namespace: String,
    /// In creation order, then by id.
    drafts: Vec<Draft>,
    aside: Vec<AsideEntry>,
}

#[derive(Serialize)]
struct AsideEntry {
    key: String,
    reason: String,
}

#[derive(Serialize)]
struct DraftSummary<'a> {
    id: &'a str,
    name: &'a str,
    updated: f64,
}

#[wasm_bindgen]
impl DraftStore {
    /// Opens the drafts saved under `namespace` (default `dunning`): reads every draft, and
    /// moves each entry that is not a readable draft aside (see [`DraftStore::aside`]).
    /// Throws when the browser offers no localStorage (a sandboxed frame, storage disabled).
    pub fn open(namespace: Option<StringArgument>) -> Result<DraftStore, Thrown> {
        let namespace = match namespace {
            Some(namespace) => text(&namespace, "DraftStore.open: the namespace")?,
            None => "dunning".to_owned(),
        };
        if !is_id(&namespace) {
            return Err(invalid(format!("invalid draft namespace \"{namespace}\" (letters, digits, - and _)")));
        }
        let storage = storage::local("drafts")?;
        let mut store = DraftStore { storage, namespace, drafts: Vec::new(), aside: Vec::new() };
        store.load();
        Ok(store)
    }

    /// The drafts, oldest first: `[{ id, name, updated }]`.
    #[wasm_bindgen(unchecked_return_type = "DraftSummary[]")]
    pub fn list(&self) -> Result<JsValue, Thrown> {
        let summaries: Vec<_> = self
            .drafts
            .iter()
            .map(|draft| DraftSummary { id: &draft.id, name: &draft.name, updated: draft.updated })
            .collect();
        to_js(&summaries)
    }

    /// The draft `id`, or `undefined`.
    #[wasm_bindgen(unchecked_return_type = "Draft | undefined")]
    pub fn get(&self, id: StringArgument) -> Result<JsValue, Thrown> {
        let id = text(&id, "get: the id")?;
        self.find(&id).map_or(Ok(JsValue::UNDEFINED), |index| to_js(&self.drafts[index]))
    }

    /// The draft open last (see [`DraftStore::select`]), else the first, else `undefined`.
    #[wasm_bindgen(unchecked_return_type = "Draft | undefined")]
    pub fn current(&self) -> Result<JsValue, Thrown> {
        let id = self.get_json::<String>("current");
        let index = id.and_then(|id| self.find(&id)).or((!self.drafts.is_empty()).then_some(0));
        index.map_or(Ok(JsValue::UNDEFINED), |index| to_js(&self.drafts[index]))
    }

    /// Remembers `id` as the draft to reopen.
    pub fn select(&self, id: StringArgument) -> Result<(), Thrown> {
        self.remember(&text(&id, "select: the id")?)
    }

    fn remember(&self, id: &str) -> Result<(), Thrown> {
        if self.find(id).is_none() {
            return Err(not_found(format!("no draft \"{id}\"")));
        }
        self.set_json("current", &id, "the open draft")
    }

    /// Creates a draft from `fields` (any of a `Draft`'s, without `id`), saves it and selects
    /// it; returns it whole.
    #[wasm_bindgen(unchecked_return_type = "Draft")]
    pub fn create(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Partial<Omit<Draft, \"id\">>")] fields: JsValue,
    ) -> Result<JsValue, Thrown> {
        let draft: Draft = if fields.is_undefined() || fields.is_null() { Draft::default() } else { from_js(&fields)? };
        self.add(draft)
    }

    /// Saves a draft (a new version of an existing one, or one deleted and restored); returns
    /// it with its new `updated` time.
    #[wasm_bindgen(unchecked_return_type = "Draft")]
    pub fn save(&mut self, #[wasm_bindgen(unchecked_param_type = "Draft")] draft: JsValue) -> Result<JsValue, Thrown> {
        let draft = from_js(&draft)?;
        to_js(&self.write(draft)?)
    }

    #[wasm_bindgen(unchecked_return_type = "Draft")]
    pub fn rename(&mut self, id: StringArgument, name: StringArgument) -> Result<JsValue, Thrown> {
        let (id, name) = (text(&id, "rename: the id")?, text(&name, "rename: the name")?);
        let mut draft = self.draft(&id)?.clone();
        draft.name = name.trim().to_owned();
        to_js(&self.write(draft)?)
    }

    /// A copy of draft `id`, named "… (copy)", saved and selected.
    #[wasm_bindgen(unchecked_return_type = "Draft")]
    pub fn duplicate(&mut self, id: StringArgument) -> Result<JsValue, Thrown> {
        let mut draft = self.draft(&text(&id, "duplicate: the id")?)?.clone();
        draft.name = format!("{} (copy)", draft.name);
        self.add(draft)
    }

    /// Deletes draft `id` and returns it (to undo: `save` it again). If it was the open one,
    /// its neighbour is selected.
    #[wasm_bindgen(unchecked_return_type = "Draft")]
    pub fn remove(&mut self, id: StringArgument) -> Result<JsValue, Thrown> {
        let id = text(&id, "remove: the id")?;
        let index = self.find(&id).ok_or_else(|| not_found(format!("no draft \"{id}\"")))?;
        self.storage.remove_item(&self.draft_key(&id)).ok();
        let removed = self.drafts.remove(index);
        let was_current = self.get_json::<String>("current").is_some_and(|current| current == id);
        if was_current {
            match self.drafts.get(index).or(self.drafts.last()).map(|next| next.id.clone()) {
                Some(next) => self.remember(&next)?,
                None => {
                    self.storage.remove_item(&self.key("current")).ok();
                }
            }
        }
        to_js(&removed)
    }

    /// The entries set aside because they could not be read: `[{ key, reason }]`, kept until
    /// [`DraftStore::discard`] removes them.
    #[wasm_bindgen(unchecked_return_type = "AsideEntry[]")]
    pub fn aside(&self) -> Result<JsValue, Thrown> {
        to_js(&self.aside)
    }

    /// Deletes an entry set aside.
    pub fn discard(&mut self, key: StringArgument) -> Result<(), Thrown> {
        let key = text(&key, "discard: the key")?;
        let index = self
            .aside
            .iter()
            .position(|entry| entry.key == key)
            .ok_or_else(|| not_found(format!("no entry set aside under \"{key}\"")))?;
        self.storage.remove_item(&key).ok();
        self.aside.remove(index);
        Ok(())
    }

    /// The language the editor speaks (hashtag descriptions), if one was chosen.
    #[wasm_bindgen(js_name = uiLocale, unchecked_return_type = "Locale | undefined")]
    pub fn ui_locale(&self) -> Option<String> {
        let tag = self.get_json::<String>("ui-locale")?;
        tag.parse::<Locale>().ok().map(|locale| locale.tag().to_owned())
    }

    #[wasm_bindgen(js_name = setUiLocale)]
    pub fn set_ui_locale(&self, tag: LocaleArgument) -> Result<(), Thrown> {
        let locale = parse::<Locale>(&text(&tag, "setUiLocale: the locale")?)?;
        self.set_json("ui-locale", locale.tag(), "the language")
    }
}

impl DraftStore {
    fn key(&self, name: &str) -> String {
        format!("{}.{name}", self.namespace)
    }

    /// A small setting of the namespace, stored as JSON (`current`, `ui-locale`).
    fn get_json<T: serde::de::DeserializeOwned>(&self, name: &str) -> Option<T> {
        serde_json::from_str(&storage::get(&self.storage, &self.key(name))?).ok()
    }

    fn set_json<T: Serialize + ?Sized>(&self, name: &str, value: &T, what: &str) -> Result<(), Thrown> {
        let text = serde_json::to_string(value).map_err(|error| invalid(format!("{what}: {error}")))?;
        storage::set(&self.storage, &self.key(name), &text, what)
    }

    fn draft_key(&self, id: &str) -> String {
        format!("{}.draft.{id}", self.namespace)
    }

    fn find(&self, id: &str) -> Option<usize> {
        self.drafts.iter().position(|draft| draft.id == id)
    }

    fn draft(&self, id: &str) -> Result<&Draft, Thrown> {
        self.find(id).map(|index| &self.drafts[index]).ok_or_else(|| not_found(format!("no draft \"{id}\"")))
    }

    /// Reads every entry of the namespace; sets aside those that are not drafts.
    fn load(&mut self) {
        let draft_prefix = self.draft_key("");
        let aside_prefix = self.key("aside.");
        let length = self.storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..length).filter_map(|index| self.storage.key(index).ok().flatten()).collect();
        for key in keys {
            let Some(entry) = storage::get(&self.storage, &key) else { continue };
            if let Some(id) = key.strip_prefix(&draft_prefix) {
                match read_record(&entry, id) {
                    Ok(draft) => self.insert(draft),
                    Err(reason) => {
                        let aside = storage::set_aside(&self.storage, &key, &self.key(&format!("aside.{id}")));
                        self.aside.push(AsideEntry { key: aside.unwrap_or(key), reason });
                    }
                }
            } else if let Some(id) = key.strip_prefix(&aside_prefix) {
                let reason = read_record(&entry, id).err().unwrap_or_else(|| "set aside earlier".to_owned());
                self.aside.push(AsideEntry { key, reason });
            }
        }
    }

    /// Now, or just after the newest draft: drafts created in the same millisecond (the ready
    /// templates on first open) keep the order they were created in.
    fn next_created(&self) -> f64 {
        let newest = self.drafts.iter().map(|draft| draft.created).fold(0.0, f64::max);
        js_sys::Date::now().max(newest + 1.0)
    }

    /// Stores `draft` as a new one (a fresh id, created now) and selects it; returns it whole.
    fn add(&mut self, mut draft: Draft) -> Result<JsValue, Thrown> {
        draft.id = self.new_id();
        draft.created = self.next_created();
        let draft = self.write(draft)?;
        self.remember(&draft.id)?;
        to_js(&draft)
    }

    /// A fresh id: the time in base 36 and a random suffix, unused in this namespace.
    fn new_id(&self) -> String {
        loop {
            let time = js_sys::Date::now() as u64;
            let random = (js_sys::Math::random() * 1_679_616.0) as u64; // 36^4
            let id = format!("{}{}", base36(time), base36(random));
            let taken = self.find(&id).is_some() || storage::get(&self.storage, &self.draft_key(&id)).is_some();
            if !taken {
                return id;
            }
        }
    }

    /// Validates and stores `draft`, then updates the list: memory follows storage, so a
    /// refused write leaves both as they were.
    fn write(&mut self, mut draft: Draft) -> Result<Draft, Thrown> {
        draft.validate().map_err(|error| error.context("draft"))?;
        draft.updated = js_sys::Date::now();
        let record = Record { version: Some(VERSION), draft };
        let what = format!("draft \"{}\"", record.draft.name);
        let text = serde_json::to_string(&record).map_err(|error| invalid(format!("{what}: {error}")))?;
        storage::set(&self.storage, &self.draft_key(&record.draft.id), &text, &what)?;
        let draft = record.draft;
        match self.find(&draft.id) {
            Some(index) => self.drafts[index] = draft.clone(),
            None => self.insert(draft.clone()),
        }
        Ok(draft)
    }

    /// Inserts in creation order (a few drafts: no sort routine needed).
    fn insert(&mut self, draft: Draft) {
        let at = self.drafts.partition_point(|other| (other.created, &other.id) <= (draft.created, &draft.id));
        self.drafts.insert(at, draft);
    }
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut digits = Vec::new();
    loop {
        digits.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}
