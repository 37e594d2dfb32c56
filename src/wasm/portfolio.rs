//! `Portfolio` for JavaScript: a loaded portfolio kept in wasm between calls, and what is done
//! with it (render, reach, wordings, letters, agenda, history, complete, confirm).

use std::cell::RefCell;
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::js_text::js_text;
use super::{internal, invalid, parse, read_options, string_option, text, to_js, StringArgument, Thrown};
use crate::agenda::history;
use crate::agenda::{self, Filters, State};
use crate::date::{Date, TimeOfDay};
use crate::portfolio::{Mode, Portfolio};
use crate::render::{self, Request};
use crate::Locale;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"

export interface RenderOptions {
  /** The customer's id (required). */
  customer: string;
  /** The specific action's item ids; makes the context `specific`. */
  selected?: string[];
  context?: Context;
  /** Default `email`. */
  channel?: Channel;
  /** Default `markdown`. */
  format?: Format;
  /** `html` (a fragment), `email` (the e-mail as mail clients get it: a whole document), `letter` (a printable document) or `text`; default from the channel. */
  as?: "html" | "email" | "letter" | "text";
  /** Default: the customer's, then the company's. */
  locale?: Locale;
  /** The render date, `YYYY-MM-DD`; default today (UTC). */
  date?: string;
  /** The subject line's template (an e-mail's or a letter's): rendered as text, see `Rendered.subject`. */
  subject?: string;
  /** `values` (default): the customer's data; `names`: each hashtag shows its own name. */
  show?: "values" | "names";
}

export interface Rendered {
  output: string;
  /** The template's diagnostics (as `check`) and the data's (`RenderCode`s). */
  diagnostics: Diagnostic[];
  /** For the `sms` channel. */
  sms?: SmsLength;
  /** When `RenderOptions.subject` was given: the subject line and its own diagnostics. */
  subject?: { text: string; diagnostics: Diagnostic[] };
}

export interface SmsLength { encoding: "gsm-7" | "ucs-2"; length: number; segments: number }

export interface ReachOptions {
  /** Default `email`. */
  channel?: Channel;
  /** Default `markdown`. */
  format?: Format;
  /** Default `scenario`; `specific` selects each customer's open items. */
  context?: Context;
  /** `YYYY-MM-DD`; default today (UTC). */
  date?: string;
  /** The subject line's template. */
  subject?: string;
}

/** A count of customers and the first few of them (ids). */
export interface Customers { count: number; first: string[] }

/** What a template does to every customer it reaches. */
export interface Reach {
  customers: number;
  missing_values: { hashtag: string; customers: Customers }[];
  sms?: { min_segments: number; max_segments: number; max_length: number; longest: string; ucs2: Customers };
  /** The amount asked: the template's first money hashtag, its range per currency. */
  amount?: { hashtag: string; ranges: { currency: string; min: string; max: string }[]; non_positive: Customers };
  /** By the agenda's error codes: `no_collection_contact`, `contact_missing_email`… */
  undeliverable: { reason: string; customers: Customers }[];
  /** The template's diagnostics, then those that hold for some customers, with their counts. */
  diagnostics: Diagnostic[];
}


export interface AgendaOptions {
  /** The current time, `HH:MM`: e-mails and SMS already due are sent from then on. */
  now?: string;
  /** The user looking (a user id): one with the `collector` role sees their own accounts
   * unless `filters.collector` says otherwise. */
  user?: string;
  filters?: {
    collector?: string;
    channel?: Channel;
    mode?: "manual" | "automatic" | "automatic_to_confirm";
    state?: "late" | "current" | "upcoming" | "confirmed" | "overdue_unconfirmed" | "upcoming_unconfirmed" | "error";
    /** Customer fields that must equal these values. */
    fields?: Record<string, string>;
  };
}

export interface AgendaAction {
  customer: string;
  action: string;
  kind: "scenario" | "specific";
  channel: Channel;
  mode: "manual" | "automatic" | "automatic_to_confirm";
  date: string;
  state: "late" | "current" | "upcoming" | "confirmed" | "overdue_unconfirmed" | "upcoming_unconfirmed" | "error";
  colour: "red" | "blue" | "green" | "white" | "yellow";
  error: null | "no_collection_contact" | "contact_missing_email" | "contact_missing_mobile"
    | "contact_missing_address" | "no_collector";
  items: string[];
  send_at: string | null;
}

export interface Agenda {
  date: string;
  indicators: { scheduled: number; to_complete: number };
  actions: AgendaAction[];
  cancelled: { customer: string; action: string; date: string }[];
  finished: { customer: string }[];
  /** Customers flagged by the portfolio's `alert_rules` (docs/alerts.md), in rule order then
   * by customer id, under the customer filters (collector, fields). */
  alerts: Alert[];
}

export interface Alert {
  /** The rule's id. */
  rule: string;
  /** The rule's name, else its id. */
  name: string;
  customer: string;
  /** What the conditions measured, in English: `overdue 12400.00 EUR; segment = SME`. */
  detail: string;
  /** The same as data, in rule order, for a page to say in its reader's language. */
  findings: AlertFinding[];
}

/** What one alert condition measured; amounts are decimals with a `.`, dates `YYYY-MM-DD`. */
export type AlertFinding =
  | { condition: "field"; name: string; value: string }
  | { condition: "overdue_above" | "outstanding_above"; amount: string; currency: string }
  | { condition: "days_overdue_above"; reference: string; days: number }
  | { condition: "status"; reference: string; status: string; label: string; days: number }
  | { condition: "due_within_days"; reference: string; due_date: string };

export interface HistoryOptions {
  /** The agenda's filters; `state` does not apply to history. */
  filters?: AgendaOptions["filters"];
  /** As for `agenda`: a collector sees their own accounts by default. */
  user?: string;
}

/** A history entry, newest first. */
export interface HistoryRow {
  done_on: string;
  customer: string;
  customer_name: string;
  action: string;
  /** The scenario step's name, or the specific action's subject. */
  action_name: string | null;
  kind: "scenario" | "specific" | null;
  channel: Channel | null;
  /** The items' ids. */
  items: string[];
  /** The items' own numbers (invoice numbers), in the same order. */
  references: string[];
  /** What the items past due on `done_on` still owe, per currency (as the portfolio stands). */
  overdue: { amount: string; currency: string }[];
  /** The user id. */
  by: string | null;
  by_name: string | null;
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "AgendaOptions")]
    pub type AgendaOptionsArgument;
    #[wasm_bindgen(typescript_type = "HistoryOptions")]
    pub type HistoryOptionsArgument;
}

/// Every own property of an object whose keys are data (a customer's `fields`).
fn read_any_options(value: &JsValue) -> Result<Vec<(String, JsValue)>, Thrown> {
    let object: &js_sys::Object = value
        .dyn_ref()
        .filter(|_| value.is_object() && !js_sys::Array::is_array(value))
        .ok_or_else(|| invalid("agenda filters: fields must be an object of field values"))?;
    let keys =
        js_sys::Reflect::own_keys(object).map_err(|_| invalid("agenda filters: cannot read the keys of fields"))?;
    Ok(keys
        .iter()
        .map(|key| {
            let value = js_sys::Reflect::get(object, &key).unwrap_or(JsValue::UNDEFINED);
            (key.as_string().unwrap_or_default(), value)
        })
        .collect())
}

/// Reads the agenda's filters `{ collector, channel, mode, state, fields }`, each optional.
fn read_filters(value: &JsValue) -> Result<Filters, Thrown> {
    const WHAT: &str = "agenda filters";
    let mut filters = Filters::default();
    for (key, field) in read_options(value, WHAT, &["collector", "channel", "mode", "state", "fields"])? {
        if key == "fields" {
            for (name, value) in read_any_options(&field)? {
                filters.fields.push((name.clone(), string_option(WHAT, &name, &value)?));
            }
            continue;
        }
        let text = string_option(WHAT, &key, &field)?;
        match key.as_str() {
            "collector" => filters.collector = Some(text),
            "channel" => filters.channel = Some(parse(&text)?),
            "mode" => filters.mode = Some(parse::<Mode>(&text)?),
            _ => filters.state = Some(parse::<State>(&text)?),
        }
    }
    Ok(filters)
}

/// A large result as JS objects: serialised to JSON text in wasm and parsed by the engine's
/// `JSON.parse`, several times faster than building the objects property by property across
/// the boundary; and `null`s stay `null`, as in the CLI's JSON.
fn from_json_text(json: &str) -> Result<JsValue, Thrown> {
    js_sys::JSON::parse(json).map_err(|_| internal(&"the result is not JSON"))
}

/// The value as an array, if it is one (`Array.isArray`; nothing is called that could throw).
pub(super) fn as_array(value: JsValue) -> Option<js_sys::Array> {
    js_sys::Array::is_array(&value).then(|| value.unchecked_into())
}

/// Today in UTC, from the JS clock.
pub(super) fn today() -> Date {
    let days = (js_sys::Date::now() / 86_400_000.0).floor();
    Date::from_days_since_1970(days as i32)
}

/// A loaded portfolio, kept in wasm between calls (large inputs cross the boundary once, as
/// JSON text). Shared, not copied, with the `<dunning-preview>` elements it is given to, so
/// that they render what `complete` and `confirm` change.
#[wasm_bindgen(js_name = Portfolio)]
pub struct SharedPortfolio {
    pub(super) inner: Rc<RefCell<Portfolio>>,
}

#[wasm_bindgen(js_class = Portfolio)]
impl SharedPortfolio {
    /// Parses and checks a portfolio; throws an `Error` (`code: "invalid-portfolio"`) whose
    /// message names each problem's JSON path (`items[3].due_date: invalid date "2026-13-45"
    /// (expected YYYY-MM-DD)`), and whose `problems` lists them all.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(json: StringArgument) -> Result<SharedPortfolio, Thrown> {
        Portfolio::from_json(&text(&json, "Portfolio.fromJson: the JSON")?)
            .map(|inner| SharedPortfolio { inner: Rc::new(RefCell::new(inner)) })
            .map_err(Thrown::from)
    }

    /// Renders a template for one customer: `{ output, diagnostics, sms? }`.
    #[wasm_bindgen(unchecked_return_type = "Rendered")]
    pub fn render(
        &self,
        source: StringArgument,
        #[wasm_bindgen(unchecked_param_type = "RenderOptions")] options: JsValue,
    ) -> Result<JsValue, Thrown> {
        let source = text(&source, "render: the template")?;
        const WHAT: &str = "render options";
        let mut request = Request::default();
        for (key, field) in read_options(&options, WHAT, &Request::NAMES)? {
            if key == "selected" {
                let items =
                    as_array(field).ok_or_else(|| invalid("render options: selected must be an array of item ids"))?;
                request.selected =
                    items.iter().map(|item| string_option(WHAT, "selected[]", &item)).collect::<Result<_, _>>()?;
                continue;
            }
            request.set(&key, &string_option(WHAT, &key, &field)?)?;
        }
        let options = request.options(today()).map_err(|error| error.context(WHAT))?;
        let mut rendered = render::render(&self.inner.borrow(), &source, &options)?;
        // The output, often long, through the host's fastest way (js_text.rs); the key keeps
        // its place in the object.
        let output = std::mem::take(&mut rendered.output);
        let object = to_js(&rendered)?;
        js_sys::Reflect::set(&object, &JsValue::from_str("output"), &js_text(&output))
            .map_err(|_| internal(&"render: the output could not be set"))?;
        Ok(object)
    }

    /// What `template` does to every customer with open items: missing values, SMS segments,
    /// the amount asked, who the channel cannot reach (`Reach`). Options: `channel`, `format`,
    /// `context`, `date`, `subject`, as for `render`.
    #[wasm_bindgen(unchecked_return_type = "Reach")]
    pub fn reach(
        &self,
        source: StringArgument,
        #[wasm_bindgen(unchecked_param_type = "ReachOptions")] options: JsValue,
    ) -> Result<JsValue, Thrown> {
        let source = text(&source, "reach: the template")?;
        const WHAT: &str = "reach options";
        // The render options' names and parsers, without a customer: all of them are reached.
        let mut request = Request::default();
        for (key, field) in read_options(&options, WHAT, &["channel", "format", "context", "date", "subject"])? {
            request.set(&key, &string_option(WHAT, &key, &field)?).map_err(|error| error.context(WHAT))?;
        }
        let options = crate::reach::ReachOptions {
            date: request.date.unwrap_or_else(today),
            channel: request.channel.unwrap_or_default(),
            context: request.context.unwrap_or_default(),
            format: request.format.unwrap_or_default(),
            subject: request.subject.as_deref(),
            written_in: None,
        };
        let portfolio = self.inner.borrow();
        let mut targets = crate::reach::customers_with_open_items(&portfolio, options.date, options.context);
        to_js(&crate::reach::reach(&portfolio, &source, &mut targets, &options))
    }

    /// The words `customer` receives for `action` (a specific action's id or a step of their
    /// scenario): the translation in their language, else the company's, else the action's own
    /// (`{ locale, subject, body }`, `locale` when declared); `undefined` when there is no such
    /// action. What a preview of the row shows is then what is sent.
    #[wasm_bindgen(unchecked_return_type = "{ locale?: Locale; subject?: string; body: string } | undefined")]
    pub fn wording(&self, customer: StringArgument, action: StringArgument) -> Result<JsValue, Thrown> {
        let (customer, action) = (text(&customer, "wording: the customer")?, text(&action, "wording: the action")?);
        let portfolio = self.inner.borrow();
        let Some(customer) = portfolio.customer(&customer) else { return Ok(JsValue::UNDEFINED) };
        let Some(action) = portfolio.action(customer, &action) else { return Ok(JsValue::UNDEFINED) };
        let wording = action.wording(portfolio.locale_of(customer), portfolio.company.locale);
        #[derive(Serialize)]
        struct Shown<'p> {
            #[serde(skip_serializing_if = "Option::is_none")]
            locale: Option<&'static str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            subject: Option<&'p str>,
            body: &'p str,
        }
        to_js(&Shown { locale: wording.locale.map(Locale::tag), subject: wording.subject, body: wording.body })
    }

    /// Renders letter actions, `[[customer, action], ...]`, into one printable HTML document.
    #[wasm_bindgen(unchecked_return_type = "string")]
    pub fn letters(
        &self,
        date: StringArgument,
        #[wasm_bindgen(unchecked_param_type = "[string, string][]")] actions: JsValue,
    ) -> Result<JsValue, Thrown> {
        let date = parse::<Date>(&text(&date, "letters: the date")?)?;
        let list = as_array(actions)
            .ok_or_else(|| invalid("letters: actions must be an array of [customer, action] pairs"))?;
        let mut pairs = Vec::with_capacity(list.length() as usize);
        for pair in list.iter() {
            let pair = as_array(pair).filter(|pair| pair.length() == 2);
            let strings = pair.and_then(|pair| Some((pair.get(0).as_string()?, pair.get(1).as_string()?)));
            pairs.push(strings.ok_or_else(|| invalid("letters: each action is a [customer, action] pair of strings"))?);
        }
        let letters = agenda::letters(&self.inner.borrow(), date, &pairs, |_| {})?;
        Ok(js_text(&letters.document))
    }

    /// The collection agenda on `date` (`YYYY-MM-DD`): the object of `dunning agenda`'s JSON.
    /// Options: `now` (`HH:MM`), `filters` (`{ collector, channel, mode, state, fields }`, with
    /// `fields` an object of customer field values), `user` (whose default view: a collector's
    /// own accounts).
    #[wasm_bindgen(unchecked_return_type = "Agenda")]
    pub fn agenda(&self, date: StringArgument, options: Option<AgendaOptionsArgument>) -> Result<JsValue, Thrown> {
        let date = parse::<Date>(&text(&date, "agenda: the date")?)?;
        let mut now = None;
        let mut filters = Filters::default();
        let mut user = None;
        let options = options.map_or(JsValue::UNDEFINED, JsValue::from);
        for (key, field) in read_options(&options, "agenda options", &["now", "filters", "user"])? {
            match key.as_str() {
                "now" => now = Some(parse::<TimeOfDay>(&string_option("agenda options", "now", &field)?)?),
                "user" => user = Some(string_option("agenda options", "user", &field)?),
                _ => filters = read_filters(&field)?,
            }
        }
        let filters = self.seen_by(filters, user)?;
        from_json_text(&agenda::agenda(&self.inner.borrow(), date, now, &filters).to_json())
    }

    /// The history, newest first, under the agenda's filters (`state` does not apply): rows
    /// `{ done_on, customer, customer_name, action, action_name, kind, channel, items, by,
    /// by_name }`. Options: `filters`, `user`, as for `agenda`.
    #[wasm_bindgen(unchecked_return_type = "HistoryRow[]")]
    pub fn history(&self, options: Option<HistoryOptionsArgument>) -> Result<JsValue, Thrown> {
        let filters = self.history_filters(options)?;
        let portfolio = self.inner.borrow();
        let rows = history::history(&portfolio, &filters);
        from_json_text(&serde_json::to_string(&rows).map_err(|error| internal(&error))?)
    }

    /// The same rows as RFC 4180 CSV text (header line, CRLF line ends), for download.
    #[wasm_bindgen(js_name = historyCsv)]
    pub fn history_csv(&self, options: Option<HistoryOptionsArgument>) -> Result<String, Thrown> {
        let filters = self.history_filters(options)?;
        Ok(history::to_csv(&history::history(&self.inner.borrow(), &filters)))
    }

    /// Marks an action of the agenda on `date` done: appends a history entry (never drops any).
    pub fn complete(
        &mut self,
        customer: StringArgument,
        action: StringArgument,
        date: StringArgument,
        by: Option<StringArgument>,
    ) -> Result<(), Thrown> {
        let (customer, action) = (text(&customer, "complete: the customer")?, text(&action, "complete: the action")?);
        let date = parse::<Date>(&text(&date, "complete: the date")?)?;
        let by = by.map(|by| text(&by, "complete: by")).transpose()?;
        agenda::complete(&mut self.inner.borrow_mut(), &customer, &action, date, by).map_err(Thrown::from)
    }

    /// Confirms an `automatic_to_confirm` action of the agenda on `date`: appends a confirmation.
    pub fn confirm(
        &mut self,
        customer: StringArgument,
        action: StringArgument,
        date: StringArgument,
    ) -> Result<(), Thrown> {
        let (customer, action) = (text(&customer, "confirm: the customer")?, text(&action, "confirm: the action")?);
        let date = parse::<Date>(&text(&date, "confirm: the date")?)?;
        agenda::confirm(&mut self.inner.borrow_mut(), &customer, &action, date).map_err(Thrown::from)
    }

    fn history_filters(&self, options: Option<HistoryOptionsArgument>) -> Result<Filters, Thrown> {
        let mut filters = Filters::default();
        let mut user = None;
        let options = options.map_or(JsValue::UNDEFINED, JsValue::from);
        for (key, field) in read_options(&options, "history options", &["filters", "user"])? {
            match key.as_str() {
                "user" => user = Some(string_option("history options", "user", &field)?),
                _ => filters = read_filters(&field)?,
            }
        }
        self.seen_by(filters, user)
    }

    /// The filters as `user` (if given) sees them by default.
    fn seen_by(&self, filters: Filters, user: Option<String>) -> Result<Filters, Thrown> {
        match user {
            Some(user) => filters.seen_by(&self.inner.borrow(), &user).map_err(Thrown::from),
            None => Ok(filters),
        }
    }

    /// The portfolio as JSON text, for saving.
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        self.inner.borrow().to_json()
    }
}
