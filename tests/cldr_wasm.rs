//! CLDR formatting (src/locale/cldr.rs) in wasm, against the `Intl` of the JS host: the same
//! comparison as tests/cldr.rs (which runs natively against Node through a script), on the same
//! matrix (1,920 cases: the 15 locales, amounts in 11 currencies, percentages, long and short
//! dates of the 12 months); tests/cldr.rs also checks edge cases. Runs in Node (`cargo test --target wasm32-unknown-unknown --no-default-features --test
//! cldr_wasm`) and in headless Chromium (`WASM_BINDGEN_USE_BROWSER=1`, same command).
//!
//! The product's reference is Node 20's `Intl` (ICU 78, CLDR 48). Chromium bundles its own ICU;
//! where its output differs from Node's for a case, that case is compared with Node's string
//! from [`NODE_WHERE_CHROMIUM_DIFFERS`] instead of the host's.
#![cfg(target_arch = "wasm32")]

use dunning::locale::cldr::{self, DateStyle};
use dunning::locale::Locale;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

const CURRENCIES: [&str; 11] = ["EUR", "USD", "GBP", "JPY", "PLN", "SEK", "CHF", "TRY", "RON", "BRL", "CNY"];
const AMOUNTS: [(i64, u32); 7] =
    [(0, 2), (-123450, 2), (1, 2), (123450, 2), (123456789, 2), (100000000000, 2), (50, 2)];
const AMOUNTS_JPY: [(i64, u32); 6] = [(0, 0), (-1235, 0), (1, 0), (1235, 0), (1234568, 0), (1000000000, 0)];
const PERCENTS: [(i64, u32); 4] = [(1215, 2), (0, 0), (75, 1), (100, 0)];

/// (locale, case label, Node 20's string) for the cases where headless Chromium's `Intl`
/// prints something else (see the module documentation). Empty: Chromium 156 agrees with Node
/// 20 on every case of the matrix.
const NODE_WHERE_CHROMIUM_DIFFERS: &[(&str, &str, &str)] = &[];

fn set(object: &Object, key: &str, value: &str) {
    Reflect::set(object, &JsValue::from_str(key), &JsValue::from_str(value)).expect("a plain object");
}

fn call(function: &Function, argument: &JsValue) -> String {
    function.call1(&JsValue::UNDEFINED, argument).ok().and_then(|text| text.as_string()).unwrap_or_default()
}

fn locales(locale: Locale) -> Array {
    Array::of1(&JsValue::from_str(locale.tag()))
}

/// `mantissa × 10^-scale` as a decimal string (`-1234.50`), which `Intl.NumberFormat` formats
/// exactly.
fn decimal_string(mantissa: i64, scale: u32) -> String {
    let digits = format!("{:0>width$}", mantissa.unsigned_abs(), width = scale as usize + 1);
    let sign = if mantissa < 0 { "-" } else { "" };
    let (int, frac) = digits.split_at(digits.len() - scale as usize);
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

fn intl_money(locale: Locale, mantissa: i64, scale: u32, currency: &str) -> String {
    let options = Object::new();
    set(&options, "style", "currency");
    set(&options, "currency", currency);
    let format = js_sys::Intl::NumberFormat::new(&locales(locale), &options).format();
    call(&format, &JsValue::from_str(&decimal_string(mantissa, scale)))
}

fn intl_percent(locale: Locale, mantissa: i64, scale: u32) -> String {
    let options = Object::new();
    set(&options, "style", "percent");
    Reflect::set(&options, &JsValue::from_str("minimumFractionDigits"), &JsValue::from_f64(2.0)).unwrap();
    let format = js_sys::Intl::NumberFormat::new(&locales(locale), &options).format();
    // value / 100, exactly: two more decimals.
    call(&format, &JsValue::from_str(&decimal_string(mantissa, scale + 2)))
}

fn intl_date(locale: Locale, year: i32, month: u8, day: u8, style: &str) -> String {
    let options = Object::new();
    set(&options, "dateStyle", style);
    set(&options, "timeZone", "UTC");
    let format = js_sys::Intl::DateTimeFormat::new(&locales(locale), &options).format();
    let date_class = Reflect::get(&js_sys::global(), &JsValue::from_str("Date")).unwrap();
    let utc: Function = Reflect::get(&date_class, &JsValue::from_str("UTC")).unwrap().dyn_into().unwrap();
    let time =
        utc.call3(&JsValue::UNDEFINED, &year.into(), &(i32::from(month) - 1).into(), &i32::from(day).into()).unwrap();
    call(&format, &js_sys::Date::new(&time).into())
}

/// Non-ASCII spaces and invisible characters as `<U+202F>`.
fn escape(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            ' ' => " ".to_owned(),
            c if c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{2212}') => {
                format!("<U+{:04X}>", c as u32)
            }
            c => c.to_string(),
        })
        .collect()
}

fn in_browser() -> bool {
    !Reflect::get(&js_sys::global(), &JsValue::from_str("document")).map_or(true, |document| document.is_undefined())
}

/// (locale, label, expected, actual) of every case.
fn cases() -> Vec<(Locale, String, String, String)> {
    let mut cases = Vec::new();
    for locale in Locale::ALL {
        for currency in CURRENCIES {
            let amounts: &[(i64, u32)] = if currency == "JPY" { &AMOUNTS_JPY } else { &AMOUNTS };
            for &(mantissa, scale) in amounts {
                cases.push((
                    locale,
                    format!("money {} {currency}", decimal_string(mantissa, scale)),
                    intl_money(locale, mantissa, scale, currency),
                    cldr::money(locale, mantissa, scale, currency),
                ));
            }
        }
        for (mantissa, scale) in PERCENTS {
            cases.push((
                locale,
                format!("percent {}", decimal_string(mantissa, scale)),
                intl_percent(locale, mantissa, scale),
                cldr::percent(locale, mantissa, scale),
            ));
        }
        for (month, day) in (1..=12).flat_map(|month| [(month, 5), (month, 22)]) {
            for (style, name) in [(DateStyle::Long, "long"), (DateStyle::Short, "short")] {
                cases.push((
                    locale,
                    format!("date 2026-{month:02}-{day:02} {name}"),
                    intl_date(locale, 2026, month, day, name),
                    cldr::date(locale, 2026, month, day, style),
                ));
            }
        }
    }
    if in_browser() {
        for case in &mut cases {
            if let Some((_, _, node)) =
                NODE_WHERE_CHROMIUM_DIFFERS.iter().find(|(tag, label, _)| *tag == case.0.tag() && *label == case.1)
            {
                case.2 = (*node).to_owned();
            }
        }
    }
    cases
}

#[wasm_bindgen_test(unsupported = test)]
fn cldr_matches_the_hosts_intl() {
    let cases = cases();
    assert_eq!(cases.len(), 15 * (10 * 7 + 6 + 4 + 12 * 2 * 2));
    let mismatches: Vec<String> = cases
        .iter()
        .filter(|(_, _, expected, actual)| expected != actual)
        .map(|(locale, label, expected, actual)| {
            format!("{:>5} {label:<32} expected {:<36} actual {}", locale.tag(), escape(expected), escape(actual))
        })
        .collect();
    assert!(
        mismatches.is_empty(),
        "{} of {} cases differ from the host's Intl ({}):\n{}",
        mismatches.len(),
        cases.len(),
        if in_browser() { "Chromium" } else { "Node" },
        mismatches.join("\n")
    );
    console_log!("{} cases match the host's Intl", cases.len());
}

#[wasm_bindgen_test(unsupported = test)]
fn spec_table_in_wasm() {
    assert_eq!(cldr::money(Locale::Fr, 123450, 2, "EUR"), "1\u{202F}234,50\u{A0}€");
    assert_eq!(cldr::money(Locale::De, 1234567, 0, "JPY"), "1.234.567\u{A0}¥");
    assert_eq!(cldr::money(Locale::PtPt, 123450, 2, "EUR"), "1234,50\u{A0}€");
    assert_eq!(cldr::money(Locale::Ja, 123450, 2, "EUR"), "€1,234.50");
    assert_eq!(cldr::date(Locale::Fr, 2026, 11, 22, DateStyle::Long), "22 novembre 2026");
    assert_eq!(cldr::date(Locale::Pl, 2026, 1, 5, DateStyle::Short), "5.01.2026");
}
