//! The portfolio's JSON Schema is generated from its types (`dunning::schema`), never edited by
//! hand: this test fails when `schema/portfolio.schema.json` differs from what the types give,
//! and `make schema` (`UPDATE_SCHEMA=1 cargo test --test schema`) writes it. It also holds the
//! schema to what an integrator needs: a description on every property, an example on every
//! property but the lists of records (whose records' properties have theirs).
//!
//! The schema is checked against documents by an independent validator (Ajv) in
//! `tests/e2e/schema.test.mjs`, not by our loader.
#![cfg(all(feature = "schema", not(target_arch = "wasm32")))]

use std::path::Path;

use serde_json::Value;

const COMMITTED: &str = "schema/portfolio.schema.json";

#[test]
fn the_committed_schema_is_the_types_schema() {
    let generated = dunning::schema::portfolio_schema();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(COMMITTED);
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == generated, "{COMMITTED} is stale: run `make schema` and commit it");
}

#[test]
fn every_property_is_described_and_exemplified() {
    let schema: Value = serde_json::from_str(&dunning::schema::portfolio_schema()).unwrap();
    let mut definitions = vec![("(root)".to_owned(), &schema)];
    definitions
        .extend(schema["$defs"].as_object().unwrap().iter().map(|(name, definition)| (name.clone(), definition)));
    let mut properties = 0;
    for (name, definition) in definitions {
        for (property, value) in definition.get("properties").and_then(Value::as_object).into_iter().flatten() {
            properties += 1;
            assert!(value.get("description").is_some(), "{name}.{property} has no description");
            let list_of_records = value.get("type") == Some(&"array".into()) && value["items"].get("$ref").is_some()
                || value.get("$ref").is_some_and(|r| r == "#/$defs/Company");
            assert!(list_of_records || value.get("examples").is_some(), "{name}.{property} has no example");
        }
    }
    assert!(properties > 100, "{properties} properties");
}
