//! The JavaScript face of the engine (wasm32 only): the one module that knows wasm-bindgen.
//!
//! Every export returns plain JS objects and reports bad arguments as a JS `Error` with a
//! clear message; nothing here panics, since a panic would kill the module for the page.
//!
//! This file is the checker's face (`check`, `catalogue`, `hashtags`) and what every export
//! shares; `portfolio.rs` is the rest (`Portfolio`: render, reach, agenda, letters, history)
//! and `preview.rs` the element. The feature `check-only` builds the first alone: the
//! package's `dunning/check` entry (issue 19), which an editor loads first and which has no
//! renderer, no portfolio and no CLDR data.

#[cfg(feature = "cli-core")]
pub mod cli;
#[cfg(feature = "storage")]
pub mod drafts;
#[cfg(not(feature = "check-only"))]
mod js_text;
#[cfg(not(feature = "check-only"))]
mod portfolio;
#[cfg(not(feature = "check-only"))]
mod preview;
#[cfg(feature = "storage")]
pub mod saved_portfolio;
#[cfg(feature = "storage")]
mod storage;

#[cfg(not(feature = "check-only"))]
pub use portfolio::SharedPortfolio;

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{catalogue, CheckOptions, Error, ErrorKind, Format, Locale};
/// The unions generated from the Rust tables (tests/vocabularies.rs).
#[wasm_bindgen(typescript_custom_section)]
const VOCABULARIES: &'static str = include_str!("vocabularies.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"

export interface CheckOptions {
  /** Default `markdown`. */
  format?: Format;
  /** Default `email`. */
  channel?: Channel;
  /** Default `scenario`. */
  context?: Context;
}

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


/** What every call throws: `catch (error) { if (error.code === "not-found") … }`. */
export interface DunningError extends Error {
  code: ErrorCode;
  /** For `invalid-portfolio`: every problem, each with its JSON path. */
  problems?: string[];
}

/** A hashtag of a template, where an editor highlights it. */
export interface HashtagSpan {
  /** Without `#`. */
  name: string;
  /** UTF-16 offset of the `#`. */
  start: number;
  /** UTF-16 offset just past the name. */
  end: number;
  /** In the catalogue. */
  known: boolean;
}

export interface CatalogueEntry {
  name: string;
  type: "text" | "money" | "percent" | "date" | "url" | "image" | "address" | "table" | "bank";
  scope: "items" | "selected" | "customer" | "contact" | "sender" | "company" | "general";
  description: string;
  channels: Channel[];
}
"#;

/// The own properties of an options object, each checked against `known`: an unknown key is
/// an error, so that a misspelt option (`chanel`) is never silently ignored. `undefined` and
/// `null` options are an empty object; undefined properties are left out.
fn read_options(value: &JsValue, what: &str, known: &[&str]) -> Result<Vec<(String, JsValue)>, Thrown> {
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    let object: &js_sys::Object = value
        .dyn_ref()
        .filter(|_| value.is_object() && !js_sys::Array::is_array(value))
        .ok_or_else(|| invalid(format!("{what} must be an object: {{ {} }}", known.join(", "))))?;
    let mut fields = Vec::new();
    let keys = js_sys::Reflect::own_keys(object).map_err(|_| invalid(format!("{what}: cannot read its keys")))?;
    for name in keys.iter() {
        let key = name.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            return Err(invalid(format!("{what}: unknown option \"{key}\"; expected {}", known.join(", "))));
        }
        // By the key JS gave (not one made anew from `key`: a string crossing back per option).
        let field = js_sys::Reflect::get(object, &name).unwrap_or(JsValue::UNDEFINED);
        if !field.is_undefined() {
            fields.push((key, field));
        }
    }
    Ok(fields)
}

fn string_option(what: &str, key: &str, value: &JsValue) -> Result<String, Thrown> {
    value.as_string().ok_or_else(|| invalid(format!("{what}: {key} must be a string")))
}

/// Reads `{ format, channel, context }`, each optional.
fn read_check_options(value: JsValue) -> Result<CheckOptions, Thrown> {
    const WHAT: &str = "check options";
    let mut options = CheckOptions::default();
    for (key, field) in read_options(&value, WHAT, &["format", "channel", "context"])? {
        let text = string_option(WHAT, &key, &field)?;
        match key.as_str() {
            "format" => options.format = parse(&text)?,
            "channel" => options.channel = parse(&text)?,
            _ => options.context = parse(&text)?,
        }
    }
    Ok(options)
}

fn parse<T: std::str::FromStr<Err = Error>>(text: &str) -> Result<T, Thrown> {
    Ok(text.parse()?)
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, Thrown> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true))
        .map_err(|error| internal(&error))
}

#[wasm_bindgen]
extern "C" {
    /// Optional arguments typed by the TypeScript section above: any JS value arrives (the
    /// `read_*` functions check it), and TypeScript marks them optional.
    #[wasm_bindgen(typescript_type = "CheckOptions")]
    pub type CheckOptionsArgument;
    #[wasm_bindgen(typescript_type = "Locale")]
    pub type LocaleArgument;
    /// A string argument. The glue trusts the TypeScript types and would hand any other value
    /// to wasm as a broken string, so strings come in as JS values and `text` checks them.
    #[wasm_bindgen(typescript_type = "string")]
    pub type StringArgument;
    #[wasm_bindgen(typescript_type = "Format")]
    pub type FormatArgument;
}

/// A string argument's text, or an `Error` naming the argument.
fn text(value: &JsValue, what: &str) -> Result<String, Thrown> {
    value.as_string().ok_or_else(|| invalid(format!("{what} must be a string")))
}

/// Checks a template and returns every diagnostic at once, in source order.
#[wasm_bindgen(js_name = check, unchecked_return_type = "Diagnostic[]")]
pub fn check(source: StringArgument, options: Option<CheckOptionsArgument>) -> Result<JsValue, Thrown> {
    let source = text(&source, "check: the template")?;
    let options = read_check_options(options.map_or(JsValue::UNDEFINED, JsValue::from))?;
    to_js(&crate::check(&source, &options))
}

/// Every hashtag of the catalogue, described in `locale` (default `en`).
#[wasm_bindgen(js_name = catalogue, unchecked_return_type = "CatalogueEntry[]")]
pub fn catalogue(locale: Option<LocaleArgument>) -> Result<JsValue, Thrown> {
    let locale = match locale.map(JsValue::from) {
        Some(tag) => {
            parse::<Locale>(&tag.as_string().ok_or_else(|| invalid("catalogue: the locale must be a string"))?)?
        }
        None => Locale::En,
    };
    to_js(&catalogue::described(locale))
}

#[derive(Serialize)]
struct HashtagSpan<'s> {
    name: &'s str,
    start: u32,
    end: u32,
    known: bool,
}

/// Every hashtag of a template as the parser finds it (never inside code, escapes or `##`),
/// in source order with UTF-16 offsets: what an editor highlights, without a lexer of its own.
#[wasm_bindgen(js_name = hashtags, unchecked_return_type = "HashtagSpan[]")]
pub fn hashtags(source: StringArgument, format: Option<FormatArgument>) -> Result<JsValue, Thrown> {
    let source = text(&source, "hashtags: the template")?;
    let format = match format {
        Some(name) => parse::<Format>(&text(&name, "hashtags: the format")?)?,
        None => Format::default(),
    };
    let template = crate::Template::parse(&source, format);
    let found: Vec<_> = template.hashtags().collect();
    let spans: Vec<_> = found.iter().map(|hashtag| hashtag.span).collect();
    let located = crate::source::locate_all(&source, &spans);
    let list: Vec<_> = found
        .iter()
        .zip(located)
        .map(|(hashtag, at)| HashtagSpan {
            name: hashtag.name,
            start: at.start,
            end: at.end,
            known: hashtag.entry.is_some(),
        })
        .collect();
    to_js(&list)
}

/// What a call throws: a JS `Error` whose `code` is the kind of the library's error
/// (`invalid-argument`, `not-found`…: `ErrorKind::code`), with the portfolio's `problems` when
/// it does not load. Made in one place, from the library's one error type.
#[derive(Debug)]
pub struct Thrown(JsValue);

impl From<Error> for Thrown {
    fn from(error: Error) -> Thrown {
        let thrown = js_sys::Error::new(&error.to_string());
        let _ = js_sys::Reflect::set(&thrown, &"code".into(), &error.kind().code().into());
        if !error.problems().is_empty() {
            let problems: js_sys::Array = error.problems().iter().map(|problem| JsValue::from_str(problem)).collect();
            let _ = js_sys::Reflect::set(&thrown, &"problems".into(), &problems);
        }
        Thrown(thrown.into())
    }
}

impl From<Thrown> for JsValue {
    fn from(thrown: Thrown) -> JsValue {
        thrown.0
    }
}

/// A result that could not be handed to JavaScript: a defect of the library.
fn internal(error: &dyn std::fmt::Display) -> Thrown {
    Error::new(ErrorKind::Internal, format!("internal error: {error}")).into()
}

/// An argument that is not of the shape the call takes.
fn invalid(detail: impl Into<String>) -> Thrown {
    Error::new(ErrorKind::InvalidArgument, detail).into()
}
