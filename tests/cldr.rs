//! CLDR formatting (src/locale/cldr.rs) against the oracle, Node's `Intl` (rendering.md,
//! "Locales"): a matrix of amounts in 11 currencies, percentages and long and short dates in
//! the 15 locales, every string compared byte for byte, all mismatches reported at once.
//!
//! Needs `node` (Node 20: ICU 78, CLDR 48) on the PATH or at /usr/bin/node; tests/cldr-oracle.mjs
//! computes the expected strings. The same comparison runs in wasm in tests/cldr_wasm.rs.

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

use dunning::locale::cldr::{self, DateStyle};
use dunning::locale::Locale;
use serde_json::{json, Value};

const CURRENCIES: [&str; 11] = ["EUR", "USD", "GBP", "JPY", "PLN", "SEK", "CHF", "TRY", "RON", "BRL", "CNY"];

/// Amounts as (mantissa, scale): in minor units, as the product passes them.
const AMOUNTS: [(i64, u32); 7] =
    [(0, 2), (-123450, 2), (1, 2), (123450, 2), (123456789, 2), (100000000000, 2), (50, 2)];
/// JPY has no minor unit: amounts valid with 0 decimals.
const AMOUNTS_JPY: [(i64, u32); 6] = [(0, 0), (-1235, 0), (1, 0), (1235, 0), (1234568, 0), (1000000000, 0)];

/// Rates in percent units.
const PERCENTS: [(i64, u32); 4] = [(1215, 2), (0, 0), (75, 1), (100, 0)];

/// Currencies that root (ICU4X's fallback) has a symbol for: where a locale's CLDR symbol is
/// the ISO code, ICU4X prints root's symbol unless cldr.rs knows (its ISO_CODE_SYMBOLS).
const ROOT_SYMBOL_CURRENCIES: [&str; 23] = [
    "AUD", "BRL", "CAD", "CNY", "EUR", "GBP", "HKD", "ILS", "INR", "JPY", "KRW", "MXN", "NZD", "PHP", "TWD", "USD",
    "VND", "XAF", "XCD", "XCG", "XOF", "XPF", "XXX",
];

/// One formatting case: what to ask Intl (as JSON for the oracle) and what cldr.rs prints.
struct Case {
    locale: Locale,
    label: String,
    oracle: Value,
    actual: String,
}

/// `mantissa × 10^-scale` as a decimal string (`-1234.50`).
fn decimal_string(mantissa: i64, scale: u32) -> String {
    let digits = mantissa.unsigned_abs().to_string();
    let sign = if mantissa < 0 { "-" } else { "" };
    let scale = scale as usize;
    if scale == 0 {
        return format!("{sign}{digits}");
    }
    let padded = format!("{digits:0>width$}", width = scale + 1);
    let (int, frac) = padded.split_at(padded.len() - scale);
    format!("{sign}{int}.{frac}")
}

fn money_case(locale: Locale, mantissa: i64, scale: u32, currency: &str) -> Case {
    let value = decimal_string(mantissa, scale);
    Case {
        locale,
        label: format!("money {value} {currency}"),
        oracle: json!({"kind": "money", "locale": locale.tag(), "value": value, "currency": currency}),
        actual: cldr::money(locale, mantissa, scale, currency),
    }
}

fn percent_case(locale: Locale, mantissa: i64, scale: u32) -> Case {
    let value = decimal_string(mantissa, scale);
    Case {
        locale,
        label: format!("percent {value}"),
        oracle: json!({"kind": "percent", "locale": locale.tag(), "value": value}),
        actual: cldr::percent(locale, mantissa, scale),
    }
}

fn date_case(locale: Locale, year: i32, month: u8, day: u8, style: DateStyle) -> Case {
    let name = match style {
        DateStyle::Long => "long",
        DateStyle::Short => "short",
    };
    Case {
        locale,
        label: format!("date {year}-{month:02}-{day:02} {name}"),
        oracle: json!({"kind": "date", "locale": locale.tag(), "year": year, "month": month, "day": day, "style": name}),
        actual: cldr::date(locale, year, month, day, style),
    }
}

/// The matrix of the spec's oracle test.
fn matrix() -> Vec<Case> {
    let mut cases = Vec::new();
    for locale in Locale::ALL {
        for currency in CURRENCIES {
            let amounts: &[(i64, u32)] = if currency == "JPY" { &AMOUNTS_JPY } else { &AMOUNTS };
            for &(mantissa, scale) in amounts {
                cases.push(money_case(locale, mantissa, scale, currency));
            }
        }
        for (mantissa, scale) in PERCENTS {
            cases.push(percent_case(locale, mantissa, scale));
        }
        for month in 1..=12 {
            for day in [5, 22] {
                for style in [DateStyle::Long, DateStyle::Short] {
                    cases.push(date_case(locale, 2026, month, day, style));
                }
            }
        }
    }
    cases
}

/// Beyond the matrix: every currency root has a symbol for (the ISO-code-symbol gap), other
/// scales than the minor unit's, rounding, sign of a negative zero, lower-case codes, codes
/// without CLDR data, other years, and dates that overflow as `Date.UTC` does.
fn edges() -> Vec<Case> {
    let mut cases = Vec::new();
    for locale in Locale::ALL {
        for currency in ROOT_SYMBOL_CURRENCIES {
            cases.push(money_case(locale, 123450, 2, currency));
        }
        for (mantissa, scale, currency) in [
            (12345, 1, "EUR"),
            (1234567, 3, "EUR"),
            (125, 3, "USD"),
            (-4, 3, "USD"),
            (-5, 3, "USD"),
            (12345, 1, "JPY"),
            (-12345, 1, "JPY"),
            (123450, 2, "eur"),
            (123450, 2, "XYZ"),
            (123450, 2, "KWD"),
            (123450, 2, "CLF"),
            (123456, 2, "HUF"),
            (123456, 2, "CZK"),
            (123456, 2, "DKK"),
            (123456, 2, "NOK"),
            (123456, 2, "CHF"),
            (123456, 2, "GNF"),
            (123456, 2, "BYN"),
            (123456, 2, "XCG"),
        ] {
            cases.push(money_case(locale, mantissa, scale, currency));
        }
        for (mantissa, scale) in [(12155, 3), (-12155, 3), (-75, 1), (123456, 0), (1, 4)] {
            cases.push(percent_case(locale, mantissa, scale));
        }
        for (year, month, day) in [
            (1999, 12, 31),
            (2000, 2, 29),
            (2026, 2, 29),
            (2026, 13, 5),
            (2026, 3, 0),
            (1900, 1, 1),
            (1000, 2, 3),
            (1949, 12, 31),
            (1950, 1, 1),
            (2049, 12, 31),
            (2050, 1, 1),
            (2100, 2, 28),
            (2400, 2, 29),
            (9999, 12, 31),
            (26, 1, 5),
            (99, 12, 31),
        ] {
            for style in [DateStyle::Long, DateStyle::Short] {
                cases.push(date_case(locale, year, month, day, style));
            }
        }
    }
    cases
}

/// Non-ASCII spaces, invisible and look-alike characters as `<U+202F>`, so that a mismatch
/// between U+202F and U+00A0 (or U+2212 and `-`) is visible.
fn escape(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c == ' ' || c.is_ascii_graphic() || !(c.is_whitespace() || is_invisible_or_confusable(c)) {
                c.to_string()
            } else {
                format!("<U+{:04X}>", c as u32)
            }
        })
        .collect()
}

fn is_invisible_or_confusable(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{061C}' | '\u{FEFF}' | '\u{2212}' | '\u{2019}' | '\u{2027}')
}

fn node() -> &'static str {
    if Command::new("node").arg("--version").output().is_ok() {
        "node"
    } else {
        "/usr/bin/node"
    }
}

/// Runs the oracle on the cases; one expected string per case (`Err` when Intl throws).
fn oracle(cases: &[Case]) -> Vec<Result<String, String>> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cldr-oracle.mjs");
    let input = Value::Array(cases.iter().map(|case| case.oracle.clone()).collect()).to_string();
    let mut child = Command::new(node())
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tests/cldr.rs needs node (Node 20) to compute the expected strings");
    let mut stdin = child.stdin.take().expect("piped stdin");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("node runs");
    writer.join().expect("writer thread").expect("the cases reach node");
    assert!(output.status.success(), "the oracle failed: {}", String::from_utf8_lossy(&output.stderr));
    let results: Vec<Value> = serde_json::from_slice(&output.stdout).expect("the oracle prints JSON");
    assert_eq!(results.len(), cases.len(), "one oracle result per case");
    results
        .into_iter()
        .map(|result| match result {
            Value::String(text) => Ok(text),
            other => Err(other.to_string()),
        })
        .collect()
}

/// Compares every case with the oracle and fails with the list of all mismatches.
fn assert_matches_intl(cases: &[Case]) {
    let expected = oracle(cases);
    let mismatches: Vec<String> = cases
        .iter()
        .zip(&expected)
        .filter(|(case, expected)| expected.as_ref().map_or(true, |text| *text != case.actual))
        .map(|(case, expected)| match expected {
            Ok(text) => format!(
                "{:>5} {:<32} expected {:<36} actual {}",
                case.locale.tag(),
                case.label,
                escape(text),
                escape(&case.actual)
            ),
            Err(error) => format!("{:>5} {:<32} Intl threw {error}", case.locale.tag(), case.label),
        })
        .collect();
    assert!(
        mismatches.is_empty(),
        "{} of {} cases differ from Node's Intl:\n{}",
        mismatches.len(),
        cases.len(),
        mismatches.join("\n")
    );
    eprintln!("{} cases match Node's Intl byte for byte", cases.len());
}

#[test]
fn matrix_matches_intl() {
    let cases = matrix();
    assert_eq!(cases.len(), 15 * (10 * 7 + 6 + 4 + 12 * 2 * 2));
    assert_matches_intl(&cases);
}

#[test]
fn edges_match_intl() {
    assert_matches_intl(&edges());
}

#[test]
fn decimal_strings() {
    assert_eq!(decimal_string(-123450, 2), "-1234.50");
    assert_eq!(decimal_string(1, 2), "0.01");
    assert_eq!(decimal_string(5, 0), "5");
    assert_eq!(decimal_string(i64::MIN, 2), "-92233720368547758.08");
    assert_eq!(escape("1\u{202F}234,50\u{A0}€ \u{2212}1"), "1<U+202F>234,50<U+00A0>€ <U+2212>1");
}
