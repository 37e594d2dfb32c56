//! A portfolio's JSON with a hostile string in every text field: shared by tests/limits.rs and
//! examples/xss_corpus.rs (the public XSS corpora in Chromium).

use dunning::render::{Output, RenderOptions};
use dunning::{Channel, Context, Format};
use serde_json::Value;

/// What both render: the spec portfolio's C001 (poisoned) in a scenario action, on its date.
pub fn options(channel: Channel, format: Format, output: Output) -> RenderOptions<'static> {
    RenderOptions {
        context: Some(Context::Scenario),
        channel,
        format,
        output: Some(output),
        ..RenderOptions::new("C001", "2026-11-22".parse().unwrap())
    }
}

/// Fields the loader checks (ids, codes, enumerations), which keep their values.
const KEPT: [&str; 22] = [
    "id",
    "customer",
    "collector",
    "scenario",
    "items",
    "action",
    "by",
    "status",
    "code",
    "kind",
    "channel",
    "mode",
    "format",
    "currency",
    "locale",
    "country",
    "window",
    "paper",
    "days",
    "from",
    "to",
    "on",
];

/// Replaces every string leaf of `value` with `payload`, but for the fields the loader checks,
/// dates, and amounts written as strings.
pub fn poison(value: &mut Value, payload: &str) {
    poison_field(value, "", payload);
}

fn poison_field(value: &mut Value, key: &str, payload: &str) {
    match value {
        Value::String(text) if !KEPT.contains(&key) && !key.ends_with("date") && key != "done_on" => {
            let is_amount = text.parse::<f64>().is_ok();
            if !is_amount {
                *text = payload.to_owned();
            }
        }
        Value::Array(values) => values.iter_mut().for_each(|v| poison_field(v, key, payload)),
        Value::Object(fields) => fields.iter_mut().for_each(|(k, v)| poison_field(v, k, payload)),
        _ => {}
    }
}
