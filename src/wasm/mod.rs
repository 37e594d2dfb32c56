//! The JavaScript face of the engine (wasm32 only): the one module that knows wasm-bindgen.
//!
//! Every export returns plain JS objects and reports bad arguments as a JS `Error` with a
//! clear message; nothing here panics, since a panic would kill the module for the page.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{catalogue, CheckOptions, Locale};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A template's format. */
export type Format = "markdown" | "html" | "text";
/** Where a template is sent. */
export type Channel = "email" | "subject" | "sms" | "letter" | "registered_letter"
  | "electronic_registered_letter" | "phone_call" | "task";
/** `scenario`: a collection-scenario action (no selected items); `specific`: a specific action. */
export type Context = "scenario" | "specific";
export type Locale = "en" | "fr" | "de" | "es" | "it" | "nl" | "pl" | "pt-PT" | "pt" | "pt-BR"
  | "ro" | "sv" | "tr" | "hr" | "ja" | "zh-CN";

export interface CheckOptions {
  /** Default `markdown`. */
  format?: Format;
  /** Default `email`. */
  channel?: Channel;
  /** Default `scenario`. */
  context?: Context;
}

export type DiagnosticCode = "unknown-hashtag" | "selection-required" | "channel-not-supported"
  | "block-inline" | "attribute-type" | "unsafe-html" | "markup-in-text" | "empty-template";

export interface Diagnostic {
  severity: "error" | "warning" | "info";
  code: DiagnosticCode;
  /** Plain English. */
  message: string;
  /** 1-based line of the first character. */
  line: number;
  /** 1-based column of the first character, in Unicode characters. */
  column: number;
  end_line: number;
  /** Column of the span's last character (inclusive). */
  end_column: number;
  /** UTF-16 offset of the span's start, for editors. */
  start: number;
  /** UTF-16 offset just past the span's end, for editors. */
  end: number;
  /** The hashtag's name, without `#`, for diagnostics about a hashtag. */
  hashtag?: string;
  /** The name to write instead, without `#`: a quick fix replaces the hashtag with it. */
  suggestion?: string;
}

export interface CatalogueEntry {
  name: string;
  type: "text" | "money" | "percent" | "date" | "url" | "image" | "address" | "table" | "bank";
  scope: "items" | "selected" | "customer" | "contact" | "sender" | "company" | "general";
  description: string;
  channels: Channel[];
}
"#;

/// Reads `{ format, channel, context }`, each optional; an unknown key is an error, so that a
/// misspelt option (`chanel`) is not silently ignored.
fn read_check_options(value: JsValue) -> Result<CheckOptions, JsError> {
    let mut options = CheckOptions::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    let object: &js_sys::Object = value
        .dyn_ref()
        .filter(|_| value.is_object())
        .ok_or_else(|| JsError::new("check options must be an object: { format, channel, context }"))?;
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        let field = js_sys::Reflect::get(object, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
        if field.is_undefined() {
            continue;
        }
        let text = field.as_string().ok_or_else(|| JsError::new(&format!("check options: {key} must be a string")))?;
        match key.as_str() {
            "format" => options.format = parse(&text)?,
            "channel" => options.channel = parse(&text)?,
            "context" => options.context = parse(&text)?,
            _ => {
                return Err(JsError::new(&format!(
                    "check options: unknown option \"{key}\"; expected format, channel or context"
                )))
            }
        }
    }
    Ok(options)
}

fn parse<T: std::str::FromStr>(text: &str) -> Result<T, JsError>
where
    T::Err: std::fmt::Display,
{
    text.parse().map_err(|error: T::Err| JsError::new(&error.to_string()))
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true))
        .map_err(|error| JsError::new(&error.to_string()))
}

/// Checks a template and returns every diagnostic at once, in source order.
#[wasm_bindgen(js_name = check, unchecked_return_type = "Diagnostic[]")]
pub fn check(
    source: &str,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = read_check_options(options)?;
    to_js(&crate::check(source, &options))
}

/// Every hashtag of the catalogue, described in `locale` (default `en`).
#[wasm_bindgen(js_name = catalogue, unchecked_return_type = "CatalogueEntry[]")]
pub fn catalogue(#[wasm_bindgen(unchecked_param_type = "Locale")] locale: Option<String>) -> Result<JsValue, JsError> {
    let locale = match locale {
        Some(tag) => parse::<Locale>(&tag)?,
        None => Locale::En,
    };
    to_js(&catalogue::described(locale))
}
