//! `alert_rules`: the company's alert rules (scenarios-agenda.md, "Alerts") as the portfolio
//! writes them. A rule flags a customer when every condition of its `when` list holds on the
//! agenda's date; [`crate::agenda::alert`] evaluates them. The format is documented in docs/alerts.md:
//!
//! ```json
//! {"id": "sme-overdue", "name": "SME with more than 10,000 EUR overdue",
//!  "when": [{"field": "segment", "equals": "SME"}, {"overdue_above": "10000", "currency": "EUR"}]}
//! ```

use std::fmt;

use serde::de::{self, value::MapAccessDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::money::{Currency, Decimal};

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AlertRule {
    /// The rule's id.
    #[cfg_attr(feature = "schema", schemars(example = &"sme-overdue"))]
    pub id: String,
    /// What the agenda shows; the id when absent.
    #[cfg_attr(feature = "schema", schemars(example = &"SME with more than 10,000 EUR overdue"))]
    pub name: Option<String>,
    /// Every condition must hold (at least one).
    #[cfg_attr(feature = "schema", schemars(example = serde_json::json!([{"field": "segment", "equals": "SME"}, {"overdue_above": "10000", "currency": "EUR"}])))]
    pub when: Vec<Condition>,
}

/// One condition of a rule. Thresholds are exclusive ("above", "more than").
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "ConditionJson")]
pub enum Condition {
    /// `{"field": "segment", "equals": "SME"}` or `{"field": "segment", "in": ["SME", "ETI"]}`:
    /// the customer's field has that value (or one of them).
    Field { name: String, values: FieldValues },
    /// `{"overdue_above": "10000", "currency": "EUR"}`: the outstanding of the overdue open
    /// items in that currency (as `#items_amount_overdue` sums it) is above the amount.
    OverdueAbove { amount: Decimal, currency: Currency },
    /// `{"outstanding_above": "50000", "currency": "EUR"}`: the outstanding of all open items in
    /// that currency (as `#items_amount`) is above the amount.
    OutstandingAbove { amount: Decimal, currency: Currency },
    /// `{"days_overdue_above": 90}`: the oldest open overdue invoice or debit note is more than
    /// that many days past its due date.
    DaysOverdueAbove(u32),
    /// `{"status": "dispute", "days_above": 30}`: an open item has that status, and has had it
    /// for more than that many days (since `status_since`, else since its due date).
    Status { status: String, days_above: u32 },
    /// `{"due_within_days": 7}`: an open invoice or debit note not yet due falls due within that
    /// many days (on or before the date plus that many days).
    DueWithinDays(u32),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FieldValues {
    Equals(String),
    In(Vec<String>),
}

impl FieldValues {
    pub fn contains(&self, value: &str) -> bool {
        match self {
            FieldValues::Equals(expected) => expected == value,
            FieldValues::In(expected) => expected.iter().any(|expected| expected == value),
        }
    }
}

/// The JSON of a condition: one object whose keys say which condition it is.
#[derive(Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ConditionJson {
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    equals: Option<String>,
    #[serde(rename = "in", skip_serializing_if = "Option::is_none")]
    one_of: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    overdue_above: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outstanding_above: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<Currency>,
    #[serde(skip_serializing_if = "Option::is_none")]
    days_overdue_above: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    days_above: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    due_within_days: Option<u32>,
}

/// The key sets a condition may have, for the error message.
const SHAPES: &str = "{\"field\", \"equals\"}, {\"field\", \"in\"}, {\"overdue_above\", \"currency\"}, \
    {\"outstanding_above\", \"currency\"}, {\"days_overdue_above\"}, {\"status\", \"days_above\"}, \
    {\"due_within_days\"}";

/// A condition whose keys match no shape.
pub struct BadCondition(Vec<&'static str>);

impl fmt::Display for BadCondition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let found: Vec<String> = self.0.iter().map(|key| format!("\"{key}\"")).collect();
        write!(f, "a condition has the keys of one of {SHAPES}; found {{{}}}", found.join(", "))
    }
}

impl TryFrom<ConditionJson> for Condition {
    type Error = BadCondition;

    fn try_from(json: ConditionJson) -> Result<Condition, BadCondition> {
        let present: Vec<&'static str> = [
            ("field", json.field.is_some()),
            ("equals", json.equals.is_some()),
            ("in", json.one_of.is_some()),
            ("overdue_above", json.overdue_above.is_some()),
            ("outstanding_above", json.outstanding_above.is_some()),
            ("currency", json.currency.is_some()),
            ("days_overdue_above", json.days_overdue_above.is_some()),
            ("status", json.status.is_some()),
            ("days_above", json.days_above.is_some()),
            ("due_within_days", json.due_within_days.is_some()),
        ]
        .into_iter()
        .filter_map(|(key, set)| set.then_some(key))
        .collect();
        let condition = match (present.as_slice(), json) {
            (["field", "equals"], ConditionJson { field: Some(name), equals: Some(value), .. }) => {
                Condition::Field { name, values: FieldValues::Equals(value) }
            }
            (["field", "in"], ConditionJson { field: Some(name), one_of: Some(values), .. }) => {
                Condition::Field { name, values: FieldValues::In(values) }
            }
            (
                ["overdue_above", "currency"],
                ConditionJson { overdue_above: Some(amount), currency: Some(currency), .. },
            ) => Condition::OverdueAbove { amount, currency },
            (
                ["outstanding_above", "currency"],
                ConditionJson { outstanding_above: Some(amount), currency: Some(currency), .. },
            ) => Condition::OutstandingAbove { amount, currency },
            (["days_overdue_above"], ConditionJson { days_overdue_above: Some(days), .. }) => {
                Condition::DaysOverdueAbove(days)
            }
            (["status", "days_above"], ConditionJson { status: Some(status), days_above: Some(days_above), .. }) => {
                Condition::Status { status, days_above }
            }
            (["due_within_days"], ConditionJson { due_within_days: Some(days), .. }) => Condition::DueWithinDays(days),
            _ => return Err(BadCondition(present)),
        };
        Ok(condition)
    }
}

impl<'de> Deserialize<'de> for Condition {
    /// Reads the condition's keys, then checks their shape while still inside the object, so
    /// that a load error names the condition (`alert_rules[0].when[1]`), not its list.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Condition, D::Error> {
        struct ConditionVisitor;

        impl<'de> Visitor<'de> for ConditionVisitor {
            type Value = Condition;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a condition object")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Condition, A::Error> {
                let json = ConditionJson::deserialize(MapAccessDeserializer::new(map))?;
                Condition::try_from(json).map_err(de::Error::custom)
            }
        }

        deserializer.deserialize_map(ConditionVisitor)
    }
}

impl From<Condition> for ConditionJson {
    fn from(condition: Condition) -> ConditionJson {
        let mut json = ConditionJson::default();
        match condition {
            Condition::Field { name, values: FieldValues::Equals(value) } => {
                json.field = Some(name);
                json.equals = Some(value);
            }
            Condition::Field { name, values: FieldValues::In(values) } => {
                json.field = Some(name);
                json.one_of = Some(values);
            }
            Condition::OverdueAbove { amount, currency } => {
                json.overdue_above = Some(amount);
                json.currency = Some(currency);
            }
            Condition::OutstandingAbove { amount, currency } => {
                json.outstanding_above = Some(amount);
                json.currency = Some(currency);
            }
            Condition::DaysOverdueAbove(days) => json.days_overdue_above = Some(days),
            Condition::Status { status, days_above } => {
                json.status = Some(status);
                json.days_above = Some(days_above);
            }
            Condition::DueWithinDays(days) => json.due_within_days = Some(days),
        }
        json
    }
}

/// A condition's JSON Schema: one of its shapes (`SHAPES`), each with exactly its keys.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Condition {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Condition".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let (amount, currency) = (generator.subschema_for::<Decimal>(), generator.subschema_for::<Currency>());
        let days = schemars::json_schema!({ "type": "integer", "minimum": 0 });
        let text = schemars::json_schema!({ "type": "string" });
        let shape = |description: &str, keys: &[(&str, &schemars::Schema)]| {
            let properties: serde_json::Map<String, serde_json::Value> =
                keys.iter().map(|(key, schema)| ((*key).to_owned(), schema.as_value().clone())).collect();
            let required: Vec<&str> = keys.iter().map(|(key, _)| *key).collect();
            serde_json::json!({
                "description": description, "type": "object", "properties": properties,
                "required": required, "additionalProperties": false,
            })
        };
        let texts = schemars::json_schema!({ "type": "array", "items": { "type": "string" }, "minItems": 1 });
        schemars::json_schema!({
            "description": "One condition of an alert rule (docs/alerts.md); thresholds are exclusive.",
            "oneOf": [
                shape("The customer's custom field has this value.", &[("field", &text), ("equals", &text)]),
                shape("The customer's custom field has one of these values.", &[("field", &text), ("in", &texts)]),
                shape("The overdue open items in this currency sum above the amount.", &[("overdue_above", &amount), ("currency", &currency)]),
                shape("The open items in this currency sum above the amount.", &[("outstanding_above", &amount), ("currency", &currency)]),
                shape("An open item is overdue by more than this many days.", &[("days_overdue_above", &days)]),
                shape("An open item has had this status for more than this many days.", &[("status", &text), ("days_above", &days)]),
                shape("An open item falls due within this many days.", &[("due_within_days", &days)]),
            ],
            "examples": [{ "field": "segment", "equals": "SME" }, { "overdue_above": "10000", "currency": "EUR" }],
        })
    }
}
