//! How the portfolio's typed values read from and write to JSON: dates, times, locales,
//! channels, contexts, formats and currency codes as strings; amounts and rates as decimal strings or
//! JSON numbers; rate and recovery-cost settings as one value or a table.
//!
//! Errors are the types' own messages (`invalid date "2026-13-45" (expected YYYY-MM-DD)`), so
//! that loading can put the JSON path in front of them.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::{self, value::SeqAccessDeserializer, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use super::{CostTier, RateSchedule, RateStep, RecoveryCost};
use crate::channel::{Channel, Context};
use crate::date::{Date, TimeOfDay};
use crate::locale::Locale;
use crate::money::{Currency, Decimal};
use crate::template::Format;

/// Reads a string through `FromStr`, writes it through `Display`.
macro_rules! as_text {
    ($($ty:ty => $expected:literal),* $(,)?) => {$(
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$ty, D::Error> {
                deserializer.deserialize_str(TextVisitor::<$ty>(PhantomData, $expected))
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }
    )*};
}

as_text! {
    Date => "a date YYYY-MM-DD",
    TimeOfDay => "a time HH:MM",
    Locale => "a locale such as \"fr\" or \"pt-BR\"",
    Channel => "a channel such as \"email\"",
    Context => "scenario or specific",
    Format => "markdown, html or text",
}

struct TextVisitor<T>(PhantomData<T>, &'static str);

impl<T: FromStr> Visitor<'_> for TextVisitor<T>
where
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.1)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        text.parse().map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Currency, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Currency::from_code(&code).ok_or_else(|| {
            de::Error::custom(format!("unknown currency \"{code}\" (expected an ISO 4217 code such as EUR)"))
        })
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// Decimal strings (`"1200.50"`) or JSON numbers. A number is read through its shortest
/// decimal form (`1200.5`), which is the number as written for any amount a person types;
/// strings are exact whatever their length.
struct DecimalVisitor;

impl Visitor<'_> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a decimal amount such as \"1200.50\"")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Decimal, E> {
        text.parse().map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Decimal, E> {
        Ok(Decimal { mantissa: i128::from(value), scale: 0 })
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Decimal, E> {
        Ok(Decimal { mantissa: i128::from(value), scale: 0 })
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Decimal, E> {
        value.to_string().parse().map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
        deserializer.deserialize_any(DecimalVisitor)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// One decimal, or a table (a JSON array) of `Row`s.
enum OneOrTable<Row> {
    One(Decimal),
    Table(Vec<Row>),
}

struct OneOrTableVisitor<Row>(PhantomData<Row>);

impl<'de, Row: Deserialize<'de>> Visitor<'de> for OneOrTableVisitor<Row> {
    type Value = OneOrTable<Row>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a decimal amount, or an array of rows")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        DecimalVisitor.visit_str(text).map(OneOrTable::One)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
        DecimalVisitor.visit_u64(value).map(OneOrTable::One)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
        DecimalVisitor.visit_i64(value).map(OneOrTable::One)
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Self::Value, E> {
        DecimalVisitor.visit_f64(value).map(OneOrTable::One)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, rows: A) -> Result<Self::Value, A::Error> {
        Vec::deserialize(SeqAccessDeserializer::new(rows)).map(OneOrTable::Table)
    }
}

fn one_or_table<'de, D: Deserializer<'de>, Row: Deserialize<'de>>(
    deserializer: D,
) -> Result<OneOrTable<Row>, D::Error> {
    deserializer.deserialize_any(OneOrTableVisitor(PhantomData))
}

impl<'de> Deserialize<'de> for RateSchedule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RateSchedule, D::Error> {
        Ok(match one_or_table::<D, RateStep>(deserializer)? {
            OneOrTable::One(rate) => RateSchedule::Fixed(rate),
            OneOrTable::Table(steps) => RateSchedule::ByDate(steps),
        })
    }
}

impl Serialize for RateSchedule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            RateSchedule::Fixed(rate) => rate.serialize(serializer),
            RateSchedule::ByDate(steps) => steps.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RecoveryCost {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RecoveryCost, D::Error> {
        Ok(match one_or_table::<D, CostTier>(deserializer)? {
            OneOrTable::One(amount) => RecoveryCost::Fixed(amount),
            OneOrTable::Table(tiers) => RecoveryCost::Tiers(tiers),
        })
    }
}

impl Serialize for RecoveryCost {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            RecoveryCost::Fixed(amount) => amount.serialize(serializer),
            RecoveryCost::Tiers(tiers) => tiers.serialize(serializer),
        }
    }
}

/// The JSON Schema of each value above (`crate::schema`): what the strings and numbers may be,
/// as the deserializers above accept them.
#[cfg(feature = "schema")]
mod schema {
    use std::borrow::Cow;

    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

    use super::super::{CostTier, RateSchedule, RateStep, RecoveryCost};
    use crate::channel::{Channel, Context};
    use crate::date::{Date, TimeOfDay};
    use crate::locale::Locale;
    use crate::money::{Currency, Decimal};
    use crate::template::Format;

    /// A named schema from a JSON literal.
    macro_rules! schema {
        ($($ty:ty => $name:literal: $schema:expr),* $(,)?) => {$(
            impl JsonSchema for $ty {
                fn schema_name() -> Cow<'static, str> {
                    $name.into()
                }

                fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                    let _ = &generator;
                    $schema(generator)
                }
            }
        )*};
    }

    fn names(names: impl Iterator<Item = &'static str>) -> Vec<&'static str> {
        names.collect()
    }

    schema! {
        Date => "CalendarDate": |_| json_schema!({
            "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A calendar date, YYYY-MM-DD.", "examples": ["2026-11-23"],
        }),
        TimeOfDay => "TimeOfDay": |_| json_schema!({
            "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
            "description": "A time of day, HH:MM (24 hours).", "examples": ["09:00"],
        }),
        Locale => "Locale": |_| json_schema!({
            "type": "string", "enum": names(Locale::ALL.iter().map(|l| l.tag())),
            "description": "One of the 15 languages.", "examples": ["fr", "pt-BR"],
        }),
        Channel => "Channel": |_| json_schema!({
            "type": "string", "enum": names(Channel::all().map(Channel::name)),
            "description": "How an action reaches the customer.", "examples": ["email"],
        }),
        Context => "Context": |_| json_schema!({
            "type": "string", "enum": names(Context::ALL.iter().map(|c| c.name())),
            "description": "Whether a template is a scenario step's or a specific action's.",
        }),
        Format => "Format": |_| json_schema!({
            "type": "string", "enum": names(Format::ALL.iter().map(|f| f.name())),
            "description": "How a template is written.", "examples": ["markdown"],
        }),
        Currency => "Currency": |_| json_schema!({
            "type": "string", "pattern": "^[A-Z]{3}$",
            "description": "An ISO 4217 currency code.", "examples": ["EUR"],
        }),
        Decimal => "Decimal": |_| json_schema!({
            "description": "An exact decimal: a string (preferred, `\"1200.50\"`) or a JSON number; no more fraction digits than the currency has.",
            "oneOf": [{ "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$" }, { "type": "number" }],
            "examples": ["1200.50"],
        }),
        RateSchedule => "RateSchedule": |generator: &mut SchemaGenerator| json_schema!({
            "description": "An annual percentage, or a table of rates by the day they start from.",
            "oneOf": [generator.subschema_for::<Decimal>(), { "type": "array", "items": generator.subschema_for::<RateStep>(), "minItems": 1 }],
            "examples": ["12.15", [{ "from": "2026-01-01", "rate": "12.15" }]],
        }),
        RecoveryCost => "RecoveryCost": |generator: &mut SchemaGenerator| json_schema!({
            "description": "A fixed amount per overdue invoice, or tiers by invoice amount (the last without `below`).",
            "oneOf": [generator.subschema_for::<Decimal>(), { "type": "array", "items": generator.subschema_for::<CostTier>(), "minItems": 1 }],
            "examples": ["40.00", [{ "below": "1000", "amount": "40" }, { "amount": "100" }]],
        }),
    }
}
