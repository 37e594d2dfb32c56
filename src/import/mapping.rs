//! The mapping file of an import (TOML): the headers this import does not know, what cannot be
//! found from the files (a date order every value leaves open), defaults, and the company when
//! there is no base portfolio. Every key is optional:
//!
//! ```toml
//! [format]
//! delimiter = ";"            # found from the header line when absent
//! decimal = ","              # found from the amounts when absent
//! date = "DD/MM/YYYY"        # found from the dates when absent
//! encoding = "windows-1252"  # UTF-8 when absent
//!
//! [customers]                # our field = the file's header
//! code = "Kontonummer"
//!
//! [items]
//! due_date = "Nettofälligkeit"
//!
//! [statuses]                 # the file's status = an item status code of the portfolio
//! Litige = "dispute"
//!
//! [defaults]
//! scenario = "standard"      # for customers whose row names none
//! currency = "EUR"           # for items whose row names none
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;

use super::columns::Table;
use super::values::{DateFormat, DecimalMark};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    #[serde(default)]
    pub format: FormatSettings,
    #[serde(default)]
    customers: BTreeMap<String, String>,
    #[serde(default)]
    items: BTreeMap<String, String>,
    #[serde(default)]
    contacts: BTreeMap<String, String>,
    /// The file's item statuses, by the codes of the portfolio's `item_statuses`.
    #[serde(default)]
    pub statuses: BTreeMap<String, String>,
    #[serde(default)]
    pub defaults: Defaults,
    /// The portfolio's `company` object, when no base portfolio is given.
    pub company: Option<serde_json::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatSettings {
    #[serde(default, deserialize_with = "delimiter")]
    pub delimiter: Option<u8>,
    #[serde(default, deserialize_with = "decimal")]
    pub decimal: Option<DecimalMark>,
    #[serde(default, deserialize_with = "date")]
    pub date: Option<DateFormat>,
    pub encoding: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    pub scenario: Option<String>,
    pub currency: Option<String>,
}

impl Mapping {
    pub fn parse(text: &str) -> Result<Mapping, String> {
        let mapping: Mapping = toml::from_str(text).map_err(|error| error.to_string().trim_end().to_owned())?;
        for table in [Table::Customers, Table::Items, Table::Contacts] {
            for field in mapping.columns(table).keys() {
                if !table.fields().iter().any(|known| known.name == field) {
                    let known: Vec<&str> = table.fields().iter().map(|f| f.name).collect();
                    return Err(format!(
                        "[{}] has no field \"{field}\" (its fields: {})",
                        table.name(),
                        known.join(", ")
                    ));
                }
            }
        }
        Ok(mapping)
    }

    /// The headers the mapping names for `table`'s fields.
    pub fn columns(&self, table: Table) -> &BTreeMap<String, String> {
        match table {
            Table::Customers => &self.customers,
            Table::Items => &self.items,
            Table::Contacts => &self.contacts,
        }
    }
}

fn delimiter<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<u8>, D::Error> {
    let text = String::deserialize(deserializer)?;
    match text.as_str() {
        "\\t" | "tab" | "\t" => Ok(Some(b'\t')),
        one if one.len() == 1 => Ok(Some(one.as_bytes()[0])),
        _ => Err(serde::de::Error::custom("delimiter: one character, or \"tab\"")),
    }
}

fn decimal<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<DecimalMark>, D::Error> {
    let text = String::deserialize(deserializer)?;
    DecimalMark::parse(&text).map(Some).ok_or_else(|| serde::de::Error::custom("decimal: \".\" or \",\""))
}

fn date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<DateFormat>, D::Error> {
    let text = String::deserialize(deserializer)?;
    DateFormat::named(&text).map(Some).ok_or_else(|| {
        let names: Vec<&str> = super::values::DATE_FORMATS.iter().map(|f| f.name()).collect();
        serde::de::Error::custom(format!("date: one of {}", names.join(", ")))
    })
}

/// The file as text: UTF-8 (a byte-order mark dropped), or Windows-1252 when declared.
pub fn decode(bytes: &[u8], encoding: Option<&str>) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match encoding.map(str::to_ascii_lowercase).as_deref() {
        None | Some("utf-8" | "utf8") => String::from_utf8(bytes.to_vec()).map_err(|error| {
            let at = error.utf8_error().valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            format!("line {line} is not UTF-8: save the file as UTF-8, or declare its encoding in the mapping file ([format] encoding = \"windows-1252\")")
        }),
        Some("windows-1252" | "cp1252" | "latin1" | "iso-8859-1") => Ok(bytes.iter().map(|&b| windows_1252(b)).collect()),
        Some(other) => Err(format!("encoding \"{other}\": this import reads utf-8 and windows-1252")),
    }
}

/// A Windows-1252 byte as its character (0x80–0x9F hold €, quotes, dashes…).
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// The separator of a CSV file: of `,` `;` tab and `|`, the one its header line has most of.
pub fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    // Of equal counts the last wins: the comma is last.
    [b'|', b'\t', b';', b','].into_iter().max_by_key(|&d| header.bytes().filter(|&b| b == d).count()).unwrap_or(b',')
}
