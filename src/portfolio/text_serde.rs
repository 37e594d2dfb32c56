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
