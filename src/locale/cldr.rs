//! Amounts, percentages and dates formatted exactly as CLDR does (rendering.md, "Locales"):
//! byte for byte what Node 20's `Intl` prints (ICU 78, CLDR 48), natively and in wasm.
//!
//! - [`money`]: `new Intl.NumberFormat(tag, {style: "currency", currency}).format(value)`
//! - [`percent`]: `new Intl.NumberFormat(tag, {style: "percent", minimumFractionDigits: 2})
//!   .format(value / 100)`
//! - [`date`]: `new Intl.DateTimeFormat(tag, {dateStyle: "long" | "short", timeZone: "UTC"})
//!   .format(Date.UTC(y, m - 1, d))`
//!
//! The work is done by ICU4X (`icu_decimal`, `icu_datetime`, and `icu_experimental`'s currency
//! and percent formatters), with corrections where ICU4X differs from CLDR/Intl (see the team's
//! notes, shared/notes/icu4x.md): currency symbols that CLDR spells as the ISO code
//! (`ISO_CODE_SYMBOLS`), Polish short dates (`PL_SHORT_DATE`), two-digit years of short dates
//! outside 1950–2049 (in [`Cldr::date`]), and, in the data itself, the space between a number
//! and a symbol ending in punctuation (`Cg. 1.00`, see tools/icu-export). `tests/cldr.rs`
//! compares a matrix of 1,920 cases and some 1,200 edge cases with Node's `Intl` (the oracle),
//! `tests/cldr_wasm.rs` the matrix in wasm; either side can drift when ICU4X or Node is
//! upgraded.
//!
//! # Data
//!
//! ICU4X's compiled data is not used (no `compiled_data` feature on the ICU4X crates): the data
//! is baked into `src/locale/data/`, limited to the product's 15 locales (and their ancestors:
//! `pt`, `zh`, root) and to the data markers used here, and included below into a private
//! provider (`Data`), which the `*_unstable` constructors read. A locale outside the 15 would
//! fall back to its ancestors, then to root. The only compiled data left is
//! `icu_locale_fallback`'s (likely subtags and parents, for that fallback).
//!
//! To regenerate the data (after upgrading ICU4X: the baked data is tied to the ICU4X minor
//! version in Cargo.toml, hence the `~` requirements; or to add a locale or a data marker),
//! from the repository root:
//!
//! ```sh
//! CARGO_TARGET_DIR=/work/icu-target cargo run --release --manifest-path tools/icu-export/Cargo.toml
//! ```
//!
//! `tools/icu-export` (its own workspace) re-exports the `icu_*_data` crates' compiled data
//! for the locales and markers listed in its `main.rs`; keep its ICU4X versions equal to the
//! ones in Cargo.lock, add a marker there when a new constructor here needs one (the compiler
//! says which: `Data` then lacks a `DataProvider` impl), then run `cargo test --test cldr`.
//!
//! # Caching
//!
//! Constructing a formatter looks its data up (tries, locale fallback); formatting with it is
//! cheap. A [`Cldr`] keeps the formatters it has built: one per (locale, currency) for money,
//! one per locale for percentages and for each date style. The free functions [`money`],
//! [`percent`] and [`date`] use one `Cldr` per thread (a `thread_local!`; in wasm, the one
//! thread), so rendering thousands of letters builds each formatter once. Formatters point into
//! the baked `'static` data rather than copy it, so the cache stays small. The amounts and dates
//! formatted last are kept too (bounded memos): a table prints an invoice's amount twice, and a
//! preview re-rendered at each keystroke prints the same values again.
//!
//! # Inputs outside the oracle's domain
//!
//! Nothing here panics. A currency code is case-insensitive (`eur` is `EUR`) as in `Intl`; a
//! code that is not three ASCII letters, which `Intl` rejects with a `RangeError`, is printed as
//! given where the locale's pattern puts an ISO code, with 2 decimals. A date that does not
//! exist overflows as `Date.UTC` does (month 13 is January of the next year, day 0 the last day
//! of the previous month), and years 0 to 99 are 1900 to 1999 as there. Years from 1000 on
//! print as Intl prints them; before 1000 (and BC) ICU4X adds an era (`1 ianuarie 100 d.Hr.`)
//! where Intl does not; a year ICU4X cannot represent prints as `y-mm-dd`.

use std::cell::RefCell;
use std::hash::Hash;

use fixed_decimal::{Decimal, SignedRoundingMode, UnsignedRoundingMode};
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::YMD;
use icu_datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames, MonthNameLength};
use icu_datetime::{DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter};
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_experimental::dimension::provider::currency::symbols::CurrencySymbolsV1;
use icu_provider::prelude::*;
use rustc_hash::FxHashMap;
use writeable::TryWriteable;

use super::{Locale, LOCALE_COUNT};
use crate::date::{civil_from_days, days_from_civil};

use data::Data;

/// The baked CLDR data of `src/locale/data/` (see the module documentation).
#[allow(unused_imports, unused_macros, clippy::all)]
mod data {
    // The generated code names `alloc::borrow::Cow`.
    extern crate alloc;

    include!("data/mod.rs");

    /// The provider of the baked data, for ICU4X's `*_unstable` constructors.
    #[derive(Debug)]
    pub(super) struct Data;

    make_provider!(Data);
    impl_decimal_symbols_v1!(Data);
    impl_decimal_digits_v1!(Data);
    impl_currency_essentials_v1!(Data);
    impl_currency_symbols_v1!(Data);
    impl_currency_decimal_symbols_v1!(Data);
    impl_currency_fractions_v1!(Data);
    impl_currency_patterns_no_currency_v1!(Data);
    impl_decimal_percent_v1!(Data);
    impl_datetime_patterns_date_gregorian_v1!(Data);
    impl_datetime_names_year_gregorian_v1!(Data);
    impl_datetime_names_month_gregorian_v1!(Data);
}

/// [`Data`], except that a currency without a symbol in a locale is not logged: ICU4X's debug
/// builds print every missing data identifier to stderr, and that miss is the normal case (a
/// currency shows its ISO code where the locale has no symbol for it).
struct QuietSymbols;

impl<M: DataMarker> DataProvider<M> for QuietSymbols
where
    Data: DataProvider<M>,
{
    fn load(&self, mut req: DataRequest<'_>) -> Result<DataResponse<M>, DataError> {
        if M::INFO == CurrencySymbolsV1::INFO {
            req.metadata.silent = true;
        }
        Data.load(req)
    }
}

/// Date styles of `Intl.DateTimeFormat`'s `dateStyle`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateStyle {
    /// `22 novembre 2026`, `November 22, 2026`, `2026年11月22日`.
    Long,
    /// `22/11/2026`, `11/22/26`, `2026/11/22`.
    Short,
}

/// Per locale (in [`Locale::ALL`] order), the currencies whose symbol is, in CLDR 48, the ISO
/// code itself (fr: `1 234 567 JPY`), among those for which root has a symbol (`JP¥`, `US$`,
/// `₱`, ...). ICU4X's data generator drops a symbol equal to the code, so its lookup falls back
/// to root's symbol; these pairs are formatted with the code instead. (Where root has no symbol,
/// the fallback is the code already.) Read off Node 20's `Intl` for the 23 currencies root has
/// a symbol for; tests/cldr.rs checks every one of them in every locale.
const ISO_CODE_SYMBOLS: [&[&str]; LOCALE_COUNT] = [
    /* en */ &[],
    /* fr */ &["CNY", "HKD", "JPY", "PHP", "TWD", "XCD"],
    /* de */ &["PHP", "XXX"],
    /* es */
    &[
        "AUD", "BRL", "CAD", "CNY", "GBP", "HKD", "ILS", "INR", "JPY", "KRW", "MXN", "NZD", "PHP", "TWD", "XAF", "XCD",
        "XOF",
    ],
    /* it */ &["BRL", "HKD", "INR", "JPY", "KRW", "MXN", "TWD", "USD", "VND"],
    /* nl */ &["PHP", "XPF", "XXX"],
    /* pl */
    &["AUD", "CAD", "CNY", "GBP", "HKD", "ILS", "INR", "JPY", "KRW", "MXN", "NZD", "PHP", "TWD", "USD", "VND", "XCG"],
    /* pt-PT */ &["PHP"],
    /* pt-BR */ &["PHP"],
    /* ro */
    &[
        "AUD", "BRL", "CAD", "CNY", "EUR", "GBP", "HKD", "ILS", "INR", "JPY", "KRW", "MXN", "NZD", "PHP", "TWD", "USD",
        "VND", "XCD",
    ],
    /* sv */ &["AUD", "CNY", "GBP", "HKD", "INR", "JPY", "KRW", "NZD", "PHP", "TWD", "VND", "XCG"],
    /* tr */ &["PHP"],
    /* hr */
    &[
        "AUD", "BRL", "CAD", "CNY", "GBP", "HKD", "ILS", "INR", "JPY", "KRW", "MXN", "NZD", "PHP", "TWD", "USD", "VND",
        "XCD", "XPF", "XXX",
    ],
    /* ja */ &["PHP", "XXX"],
    /* zh-CN */ &["PHP", "XXX"],
];

/// CLDR's Polish short date pattern (`5.01.2026`); ICU4X's `YMD::short()` gives `dd.MM.y`.
const PL_SHORT_DATE: &str = "d.MM.y";

/// The currency a formatter is built for: an ISO code (`CurrencyType` compares without case),
/// or [`Currency::Other`] for a string `Intl` would reject.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Currency {
    Iso(CurrencyType),
    Other,
}

impl Currency {
    fn parse(code: &str) -> Currency {
        CurrencyType::try_from_str(code).map_or(Currency::Other, Currency::Iso)
    }
}

/// A formatter for one (locale, currency), or the reason there is none.
enum MoneyFormatter {
    Icu(Box<CurrencyFormatter<DecimalFormatter>>),
    /// Construction failed (cannot happen with the baked data, which has all 15 locales and
    /// falls back to root); formats `1234.50 EUR` rather than panic.
    Plain,
}

enum DateFormatter {
    /// `two_digit_year`: the locale's pattern for this style has a two-digit year (`yy`).
    Icu {
        formatter: Box<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
        two_digit_year: bool,
    },
    Pattern(Box<(FixedCalendarDateTimeNames<Gregorian, YMD>, DateTimePattern)>),
    Plain,
}

/// A cache of CLDR formatters (see the module documentation). [`Cldr::new`] is free; each
/// formatter is built on first use.
#[derive(Default)]
pub struct Cldr {
    /// A portfolio has a handful of (locale, currency) pairs: a list beats hashing.
    money: Vec<((Locale, Currency), MoneyFormatter)>,
    percent: [Option<Option<PercentFormatter<DecimalFormatter>>>; LOCALE_COUNT],
    dates: [[Option<DateFormatter>; 2]; LOCALE_COUNT],
    /// Keyed by the mantissa and [`money_key`] (the code's three letters in upper case: a hit
    /// costs no parsing of the code).
    formatted_money: Memo<(i64, u64)>,
    /// Keyed by [`date_key`].
    formatted_dates: Memo<u64>,
}

/// A memo's key as few words as can hold it: one or two multiplications to hash, where a tuple
/// of small fields costs one per field.
fn money_key(locale: Locale, code: [u8; 3], scale: u32) -> u64 {
    let [a, b, c] = code.map(|letter| u64::from(letter.to_ascii_uppercase()));
    (locale.index() as u64) << 56 | a << 48 | b << 40 | c << 32 | u64::from(scale)
}

/// See [`money_key`].
fn date_key(locale: Locale, style: DateStyle, year: i32, month: u8, day: u8) -> u64 {
    (locale.index() as u64) << 56
        | (style as u64) << 48
        | u64::from(month) << 40
        | u64::from(day) << 32
        | u64::from(year as u32)
}

/// Values already formatted. A table prints an invoice's amount twice (amount and outstanding),
/// a letter batch or a preview re-rendered at each keystroke prints the same amounts and days
/// again and again, and a lookup is many times cheaper than formatting. Bounded by
/// [`MEMO_ENTRIES`] (cleared when full); the keys are small, so a fast hash (Fx) pays.
struct Memo<K>(FxHashMap<K, String>);

impl<K> Default for Memo<K> {
    fn default() -> Memo<K> {
        Memo(FxHashMap::default())
    }
}

/// Most values a [`Memo`] keeps.
const MEMO_ENTRIES: usize = 4096;

impl<K: Hash + Eq> Memo<K> {
    fn get_or_format(&mut self, key: K, format: impl FnOnce() -> String) -> &str {
        if self.0.len() >= MEMO_ENTRIES && !self.0.contains_key(&key) {
            self.0.clear();
        }
        self.0.entry(key).or_insert_with(format)
    }
}

impl std::fmt::Debug for Cldr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cldr").field("money_formatters", &self.money.len()).finish_non_exhaustive()
    }
}

fn icu_locale(locale: Locale) -> icu_locale_core::Locale {
    // The 15 tags are valid BCP 47; `und` (root) would be a safe fallback all the same.
    icu_locale_core::Locale::try_from_str(locale.tag()).unwrap_or(icu_locale_core::Locale::UNKNOWN)
}

/// Intl's default rounding: half away from zero.
const HALF_EXPAND: SignedRoundingMode = SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand);

/// `mantissa × 10^-scale` as a decimal. A scale beyond 64 gives the same result as 64 for every
/// rounding done here (an i64 has 19 digits; currencies have at most 4 minor digits).
fn decimal(mantissa: i64, scale: u32) -> Decimal {
    let mut value = Decimal::from(mantissa);
    value.absolute.multiply_pow10(-(scale.min(64) as i16));
    value
}

impl Cldr {
    /// An empty cache.
    pub fn new() -> Cldr {
        Cldr::default()
    }

    /// See [`money`]; appends to `out`.
    pub fn write_money(&mut self, out: &mut String, locale: Locale, mantissa: i64, scale: u32, currency: &str) {
        let letters: Option<[u8; 3]> =
            currency.as_bytes().try_into().ok().filter(|code: &[u8; 3]| code.iter().all(u8::is_ascii_alphabetic));
        match letters {
            Some(code) => {
                let formatters = &mut self.money;
                out.push_str(self.formatted_money.get_or_format((mantissa, money_key(locale, code, scale)), || {
                    format_money(formatters, locale, Currency::parse(currency), mantissa, scale, currency)
                }))
            }
            // Not an ISO code's shape, kept as written: not worth a memo.
            None => out.push_str(&format_money(
                &mut self.money,
                locale,
                Currency::parse(currency),
                mantissa,
                scale,
                currency,
            )),
        }
    }

    /// See [`percent`].
    pub fn percent(&mut self, locale: Locale, mantissa: i64, scale: u32) -> String {
        let formatter = self.percent[locale.index()].get_or_insert_with(|| {
            let prefs = (&icu_locale(locale)).into();
            PercentFormatter::try_new_unstable(&Data, prefs, Default::default()).ok()
        });
        // Two fraction digits exactly (minimumFractionDigits 2 makes the maximum 2 too),
        // rounded half away from zero as Intl's default halfExpand.
        let mut value = decimal(mantissa, scale);
        value.round_with_mode(-2, HALF_EXPAND);
        value.absolute.pad_end(-2);
        match formatter {
            Some(formatter) => formatter.format(&value).to_string(),
            None => format!("{value}%"),
        }
    }

    /// See [`date`]; appends to `out`.
    pub fn write_date(&mut self, out: &mut String, locale: Locale, year: i32, month: u8, day: u8, style: DateStyle) {
        let dates = &mut self.dates;
        out.push_str(self.formatted_dates.get_or_format(date_key(locale, style, year, month, day), || {
            format_date(dates, locale, year, month, day, style)
        }));
    }
}

/// Formats an amount with the (locale, currency) formatter, built on first use.
fn format_money(
    formatters: &mut Vec<((Locale, Currency), MoneyFormatter)>,
    locale: Locale,
    currency: Currency,
    mantissa: i64,
    scale: u32,
    code: &str,
) -> String {
    let key = (locale, currency);
    let at = match formatters.iter().position(|(k, _)| *k == key) {
        Some(at) => at,
        None => {
            formatters.push((key, money_formatter(locale, currency)));
            formatters.len() - 1
        }
    };
    let value = decimal(mantissa, scale);
    match &formatters[at].1 {
        MoneyFormatter::Icu(formatter) => {
            let text = formatter.format_fixed_decimal(&value).to_string();
            match currency {
                Currency::Iso(_) => text,
                Currency::Other => text.replace("XXX", code),
            }
        }
        MoneyFormatter::Plain => {
            let mut value = value;
            value.round_with_mode(-2, HALF_EXPAND);
            value.absolute.pad_end(-2);
            format!("{value} {code}")
        }
    }
}

/// Formats a date with the locale's formatter for `style`, built on first use.
fn format_date(
    dates: &mut [[Option<DateFormatter>; 2]; LOCALE_COUNT],
    locale: Locale,
    year: i32,
    month: u8,
    day: u8,
    style: DateStyle,
) -> String {
    let (year, month, day) = normalize_date(year, month, day);
    let Ok(input) = Date::try_new_gregorian(year, month, day) else {
        return plain_date(year, month, day);
    };
    let slot = &mut dates[locale.index()][style as usize];
    let formatter = slot.get_or_insert_with(|| date_formatter(locale, style));
    match formatter {
        DateFormatter::Icu { formatter, two_digit_year } => {
            // For years outside 1950–2049, ICU4X prints the century (1/1/1900) where CLDR's
            // short pattern, which Intl always uses, has two digits (1/1/00); the same day
            // of the year of 1950–2049 with the same last two digits prints as Intl does
            // (and exists: both years are leap years or neither is).
            let input = match year {
                1.. if *two_digit_year && !(1950..=2049).contains(&year) => {
                    Date::try_new_gregorian(1950 + (year - 1950).rem_euclid(100), month, day).unwrap_or(input)
                }
                _ => input,
            };
            formatter.format(&input).to_string()
        }
        DateFormatter::Pattern(names_and_pattern) => {
            let (names, pattern) = &**names_and_pattern;
            match names.with_pattern_unchecked(pattern).format(&input).try_write_to_string() {
                Ok(text) => text.into_owned(),
                // Only numeric fields, whose formatter is loaded: not reached.
                Err((_, text)) => text.into_owned(),
            }
        }
        DateFormatter::Plain => plain_date(year, month, day),
    }
}

fn money_formatter(locale: Locale, currency: Currency) -> MoneyFormatter {
    // A rejected code is formatted as "XXX" ("no currency"), whose place in the output the
    // caller then fills with the code as given.
    let (currency_type, iso_code_symbol) = match currency {
        Currency::Iso(code) => (code, ISO_CODE_SYMBOLS[locale.index()].contains(&code.iso_code().as_str())),
        Currency::Other => match CurrencyType::try_from_str("XXX") {
            Ok(code) => (code, true),
            Err(_) => return MoneyFormatter::Plain,
        },
    };
    let prefs = (&icu_locale(locale)).into();
    let built = if iso_code_symbol {
        CurrencyFormatter::try_new_code_unstable(&Data, prefs, currency_type, Default::default())
    } else {
        CurrencyFormatter::try_new_symbol_unstable(&QuietSymbols, prefs, currency_type, Default::default())
    };
    built.map_or(MoneyFormatter::Plain, |formatter| MoneyFormatter::Icu(Box::new(formatter)))
}

fn date_formatter(locale: Locale, style: DateStyle) -> DateFormatter {
    let prefs: DateTimeFormatterPreferences = (&icu_locale(locale)).into();
    if locale == Locale::Pl && style == DateStyle::Short {
        let Ok(pattern) = DateTimePattern::try_from_pattern_str(PL_SHORT_DATE) else {
            return DateFormatter::Plain;
        };
        let mut names = FixedCalendarDateTimeNames::<Gregorian, YMD>::new_without_number_formatting(prefs);
        // Numeric fields only: the decimal formatter, and month "names" of numeric length.
        if names.load_decimal_formatter(&Data).is_err()
            || names.load_month_names(&Data, MonthNameLength::Numeric).is_err()
        {
            return DateFormatter::Plain;
        }
        return DateFormatter::Pattern(Box::new((names, pattern)));
    }
    let field_set = match style {
        DateStyle::Long => YMD::long(),
        DateStyle::Short => YMD::short(),
    };
    let Ok(formatter) = FixedCalendarDateTimeFormatter::try_new_unstable(&Data, prefs, field_set) else {
        return DateFormatter::Plain;
    };
    let two_digit_year =
        Date::try_new_gregorian(2026, 1, 5).is_ok_and(|probe| !formatter.format(&probe).to_string().contains("2026"));
    DateFormatter::Icu { formatter: Box::new(formatter), two_digit_year }
}

/// What `Date.UTC(year, month - 1, day)` makes of its arguments: years 0 to 99 are 1900 to 1999;
/// months beyond 12 (or 0) move the year, days beyond the month's (or 0) move the month.
fn normalize_date(year: i32, month: u8, day: u8) -> (i32, u8, u8) {
    let year = if (0..=99).contains(&year) { year + 1900 } else { year };
    let months = i64::from(year) * 12 + i64::from(month) - 1;
    let (year, month0) = (months.div_euclid(12), months.rem_euclid(12));
    let days = days_from_civil(year, month0 + 1, 1) + i64::from(day) - 1;
    let (year, month, day) = civil_from_days(days);
    (i32::try_from(year).unwrap_or(if year < 0 { i32::MIN } else { i32::MAX }), month as u8, day as u8)
}

fn plain_date(year: i32, month: u8, day: u8) -> String {
    format!("{year}-{month:02}-{day:02}")
}

thread_local! {
    static CACHE: RefCell<Cldr> = RefCell::new(Cldr::new());
}

fn with_cache<T>(f: impl FnOnce(&mut Cldr) -> T) -> T {
    CACHE.with(|cache| f(&mut cache.borrow_mut()))
}

/// The amount `mantissa × 10^-scale` in `currency` (an ISO 4217 code), as
/// `new Intl.NumberFormat(tag, {style: "currency", currency}).format(value)` prints it:
/// `money(Locale::Fr, 123450, 2, "EUR")` is `1 234,50 €` (U+202F, U+00A0). Rounded half away
/// from zero to the currency's minor digits (JPY 0, EUR 2) if it has more.
pub fn money(locale: Locale, mantissa: i64, scale: u32, currency: &str) -> String {
    let mut out = String::new();
    write_money(&mut out, locale, mantissa, scale, currency);
    out
}

/// [`money`], appended to `out`.
pub fn write_money(out: &mut String, locale: Locale, mantissa: i64, scale: u32, currency: &str) {
    with_cache(|cache| cache.write_money(out, locale, mantissa, scale, currency))
}

/// A rate in percent units (12.15 % is `(1215, 2)`) as
/// `new Intl.NumberFormat(tag, {style: "percent", minimumFractionDigits: 2}).format(value / 100)`
/// prints it: `12.15%`, `12,15 %` (fr, U+00A0), `%12,15` (tr). The value is exact: 12.155 is
/// `12.16%` (half away from zero), as `Intl` prints the decimal string `"0.12155"` (a Number
/// `12.155 / 100` is 0.1215499… in binary and prints `12.15%`).
pub fn percent(locale: Locale, mantissa: i64, scale: u32) -> String {
    with_cache(|cache| cache.percent(locale, mantissa, scale))
}

/// A calendar date as `new Intl.DateTimeFormat(tag, {dateStyle, timeZone: "UTC"})
/// .format(Date.UTC(year, month - 1, day))` prints it: `22 novembre 2026` (fr, long).
pub fn date(locale: Locale, year: i32, month: u8, day: u8, style: DateStyle) -> String {
    let mut out = String::new();
    write_date(&mut out, locale, year, month, day, style);
    out
}

/// [`date`], appended to `out`.
pub fn write_date(out: &mut String, locale: Locale, year: i32, month: u8, day: u8, style: DateStyle) {
    with_cache(|cache| cache.write_date(out, locale, year, month, day, style))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    const NNBSP: char = '\u{202F}';
    const NBSP: char = '\u{A0}';

    #[wasm_bindgen_test(unsupported = test)]
    fn spec_table_money() {
        assert_eq!(money(Locale::Fr, 123450, 2, "EUR"), format!("1{NNBSP}234,50{NBSP}€"));
        assert_eq!(money(Locale::Fr, 123456789, 2, "EUR"), format!("1{NNBSP}234{NNBSP}567,89{NBSP}€"));
        assert_eq!(money(Locale::Fr, 1234567, 0, "JPY"), format!("1{NNBSP}234{NNBSP}567{NBSP}JPY"));
        assert_eq!(money(Locale::De, 123450, 2, "EUR"), format!("1.234,50{NBSP}€"));
        assert_eq!(money(Locale::De, 123456789, 2, "EUR"), format!("1.234.567,89{NBSP}€"));
        assert_eq!(money(Locale::De, 1234567, 0, "JPY"), format!("1.234.567{NBSP}¥"));
        assert_eq!(money(Locale::PtPt, 123450, 2, "EUR"), format!("1234,50{NBSP}€"));
        assert_eq!(money(Locale::PtPt, 123456789, 2, "EUR"), format!("1{NBSP}234{NBSP}567,89{NBSP}€"));
        assert_eq!(money(Locale::Ja, 123450, 2, "EUR"), "€1,234.50");
        assert_eq!(money(Locale::Ja, 123456789, 2, "EUR"), "€1,234,567.89");
        assert_eq!(money(Locale::Ja, 1234567, 0, "JPY"), "￥1,234,567");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn spec_table_long_dates() {
        assert_eq!(date(Locale::Fr, 2026, 11, 22, DateStyle::Long), "22 novembre 2026");
        assert_eq!(date(Locale::De, 2026, 11, 22, DateStyle::Long), "22. November 2026");
        assert_eq!(date(Locale::PtPt, 2026, 11, 22, DateStyle::Long), "22 de novembro de 2026");
        assert_eq!(date(Locale::Ja, 2026, 11, 22, DateStyle::Long), "2026年11月22日");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn the_two_data_gaps_are_fixed() {
        // ISO code where CLDR's symbol is the code, not root's `JP¥` / `€`.
        assert_eq!(money(Locale::Ro, 123450, 2, "EUR"), format!("1.234,50{NBSP}EUR"));
        assert_eq!(money(Locale::Fr, 1235, 0, "JPY"), format!("1{NNBSP}235{NBSP}JPY"));
        // Polish short dates: `d.MM.y`.
        assert_eq!(date(Locale::Pl, 2026, 1, 5, DateStyle::Short), "5.01.2026");
        assert_eq!(date(Locale::Pl, 2026, 11, 22, DateStyle::Short), "22.11.2026");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn percentages_have_two_decimals() {
        assert_eq!(percent(Locale::En, 1215, 2), "12.15%");
        assert_eq!(percent(Locale::En, 75, 1), "7.50%");
        assert_eq!(percent(Locale::En, 100, 0), "100.00%");
        assert_eq!(percent(Locale::Fr, 1215, 2), format!("12,15{NBSP}%"));
        assert_eq!(percent(Locale::Tr, 1215, 2), "%12,15");
        // Rounded half away from zero.
        assert_eq!(percent(Locale::En, 12155, 3), "12.16%");
        assert_eq!(percent(Locale::En, -12155, 3), "-12.16%");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn odd_inputs_do_not_panic() {
        assert_eq!(money(Locale::En, 123450, 2, "eur"), "€1,234.50");
        assert_eq!(money(Locale::En, 123450, 2, "XYZ"), format!("XYZ{NBSP}1,234.50"));
        assert_eq!(money(Locale::Fr, 123450, 2, "EURO"), format!("1{NNBSP}234,50{NBSP}EURO"));
        assert!(money(Locale::Fr, 123450, 2, "").starts_with("1\u{202F}234,50"));
        assert!(money(Locale::Ja, 123450, 2, "€€").contains("1,234.50"));
        assert_eq!(money(Locale::En, i64::MIN, 2, "USD"), "-$92,233,720,368,547,758.08");
        assert_eq!(money(Locale::En, 5, u32::MAX, "USD"), "$0.00");
        assert_eq!(money(Locale::En, 125, 3, "USD"), "$0.13");
        assert_eq!(percent(Locale::En, i64::MAX, u32::MAX), "0.00%");
        // Date.UTC's overflow.
        assert_eq!(date(Locale::En, 2026, 13, 5, DateStyle::Short), "1/5/27");
        assert_eq!(date(Locale::En, 2026, 3, 0, DateStyle::Short), "2/28/26");
        assert_eq!(date(Locale::En, 2026, 0, 255, DateStyle::Short), date(Locale::En, 2026, 8, 12, DateStyle::Short));
        for (year, month, day) in [(i32::MIN, 0, 0), (i32::MAX, 255, 255), (0, 1, 1), (-1, 12, 31), (-100_000, 6, 1)] {
            for locale in Locale::ALL {
                assert!(!date(locale, year, month, day, DateStyle::Long).is_empty());
                assert!(!date(locale, year, month, day, DateStyle::Short).is_empty());
            }
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_cache_builds_each_formatter_once() {
        let mut cldr = Cldr::new();
        let mut out = String::new();
        for minor in 0..3 {
            cldr.write_money(&mut out, Locale::De, minor, 0, "EUR");
            cldr.write_money(&mut out, Locale::De, minor, 0, "eur");
            cldr.write_money(&mut out, Locale::Fr, minor, 0, "EUR");
        }
        assert_eq!(cldr.money.len(), 2);
        assert_eq!(cldr.formatted_money.0.len(), 6, "EUR and eur are one currency");
        assert_eq!(out.matches('€').count(), 9);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_full_memo_starts_again() {
        let mut memo = Memo::default();
        for key in 0..MEMO_ENTRIES + 10 {
            assert_eq!(memo.get_or_format(key, || key.to_string()), key.to_string());
        }
        assert_eq!(memo.0.len(), 10);
        assert_eq!(memo.get_or_format(MEMO_ENTRIES + 1, || unreachable!("kept")), (MEMO_ENTRIES + 1).to_string());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn date_utc_overflow_matches_civil_arithmetic() {
        assert_eq!(normalize_date(2026, 2, 29), (2026, 3, 1));
        assert_eq!(normalize_date(2024, 2, 29), (2024, 2, 29));
        assert_eq!(normalize_date(2026, 1, 0), (2025, 12, 31));
        assert_eq!(normalize_date(2026, 0, 1), (2025, 12, 1));
        assert_eq!(normalize_date(1970, 1, 1), (1970, 1, 1));
        assert_eq!(normalize_date(26, 1, 5), (1926, 1, 5));
        assert_eq!(normalize_date(100, 1, 5), (100, 1, 5));
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }
}
