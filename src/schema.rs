//! The portfolio's JSON Schema (draft 2020-12), generated from its types (`schemars`, feature
//! `schema`): the machine-readable contract of data-model.md, committed as
//! `schema/portfolio.schema.json` (`dunning schema` prints it; `tests/schema.rs` fails when the
//! committed copy and the types drift), shipped in the npm package with a TypeScript type made
//! from it.
//!
//! Descriptions are the types' doc comments. Examples are real: every property a reference
//! portfolio (`examples/portfolio.json`) fills gets that value as its example, found by walking
//! the document and the schema together; a value too long to read as an example (a template
//! body, a list of records) is cut to its first element or left out.

use schemars::generate::SchemaSettings;
use serde_json::Value;

use crate::portfolio::Portfolio;

/// The reference portfolio the examples come from.
const EXAMPLE: &str = include_str!("../examples/portfolio.json");

/// The longest example kept, as JSON text.
const EXAMPLE_LENGTH: usize = 160;

/// The schema as committed: pretty JSON with a final newline.
pub fn portfolio_schema() -> String {
    let mut schema = SchemaSettings::draft2020_12().into_generator().into_root_schema_for::<Portfolio>().to_value();
    if let Value::Object(root) = &mut schema {
        root.insert("$id".into(), "https://github.com/dunning/dunning/schema/portfolio.schema.json".into());
        root.insert("title".into(), "Portfolio".into());
        root.insert(
            "description".into(),
            "Everything dunning renders or plans from: the company, its users, scenarios, customers, items, \
             specific actions, confirmations, history and alert rules (data-model.md). Ids are strings; dates \
             YYYY-MM-DD; amounts exact decimal strings; optional fields may be absent or null."
                .into(),
        );
    }
    let example: Value = serde_json::from_str(EXAMPLE).unwrap_or(Value::Null);
    let mut found = Vec::new();
    let root = schema.clone();
    collect_examples(&root, &root, &example, &mut found);
    for (pointer, value) in found {
        if let Some(Value::Object(property)) = schema.pointer_mut(&pointer) {
            property.entry("examples").or_insert_with(|| Value::Array(vec![value]));
        }
    }
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Walks `value` with the schema at `node` (within `root`), recording for each property it
/// fills the JSON pointer of the property's schema and the value as an example.
fn collect_examples(root: &Value, node: &Value, value: &Value, found: &mut Vec<(String, Value)>) {
    let (node, base) = resolve(root, node);
    if let (Some(Value::Object(properties)), Value::Object(fields)) = (node.get("properties"), value) {
        for (name, field) in fields {
            let Some(property) = properties.get(name) else { continue };
            if let Some(base) = &base {
                if let Some(example) = shortened(field) {
                    found.push((format!("{base}/properties/{}", escape_pointer(name)), example));
                }
            }
            collect_examples(root, property, field, found);
        }
    }
    if let Value::Array(elements) = value {
        for element in elements {
            collect_examples(root, node.get("items").unwrap_or(&Value::Null), element, found);
        }
    }
    if let (Some(Value::Object(schema)), Value::Object(entries)) = (node.get("additionalProperties"), value) {
        for entry in entries.values() {
            collect_examples(root, &Value::Object(schema.clone()), entry, found);
        }
    }
    // An optional field's schema: `anyOf: [{$ref}, {type: null}]` or `oneOf` shapes.
    for key in ["anyOf", "oneOf"] {
        for branch in node.get(key).and_then(Value::as_array).into_iter().flatten() {
            collect_examples(root, branch, value, found);
        }
    }
}

/// The schema a `$ref` points to, with its JSON pointer; a schema written in place has none
/// worth annotating unless it is the root.
fn resolve<'s>(root: &'s Value, node: &'s Value) -> (&'s Value, Option<String>) {
    match node.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let pointer = reference.trim_start_matches('#').to_owned();
            (root.pointer(&pointer).unwrap_or(&Value::Null), Some(pointer))
        }
        None if std::ptr::eq(root, node) => (node, Some(String::new())),
        None => (node, None),
    }
}

/// `value` as an example: as it is when short, an array cut to its first element, else none.
fn shortened(value: &Value) -> Option<Value> {
    let short = |value: &Value| serde_json::to_string(value).is_ok_and(|text| text.len() <= EXAMPLE_LENGTH);
    match value {
        Value::Null => None,
        Value::Array(elements) if !short(value) => {
            elements.first().filter(|first| short(first)).map(|first| Value::Array(vec![first.clone()]))
        }
        Value::Object(_) | Value::String(_) if !short(value) => None,
        _ => Some(value.clone()),
    }
}

fn escape_pointer(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_come_from_the_reference_portfolio() {
        let schema: Value = serde_json::from_str(&portfolio_schema()).unwrap();
        let iban = schema.pointer("/$defs/Bank/properties/iban/examples/0").unwrap();
        assert_eq!(iban, "FR7630004000031234567890143");
        // A template body is too long to be an example: none is made up.
        let body = schema.pointer("/$defs/ScenarioAction/properties/body").unwrap();
        assert!(body.get("description").is_some());
    }
}
