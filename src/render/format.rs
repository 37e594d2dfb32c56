//! Values as text in a locale: money, percentages and dates through CLDR (`locale::cldr`),
//! the rest as they are.

use crate::date::Date;
use crate::locale::cldr::{self, DateStyle};
use crate::locale::Locale;
use crate::money::{Currency, Decimal, Money, Totals};

/// Formats one amount, appended to `out`: `1 234,56 €` in fr.
pub fn write_money(out: &mut String, locale: Locale, money: Money) {
    cldr::write_money(out, locale, money.minor, u32::from(money.currency.minor_digits()), money.currency.code())
}

/// Sums in several currencies, joined by ` + ` in currency-code order; no sum is zero in
/// the `fallback` currency (see `Values::currency_of_nothing`), asked for only then.
pub fn totals(locale: Locale, totals: &Totals, fallback: impl FnOnce() -> Currency) -> String {
    let mut out = String::new();
    if totals.is_empty() {
        write_money(&mut out, locale, Money::zero(fallback()));
    }
    for (index, amount) in totals.iter().enumerate() {
        if index > 0 {
            out.push_str(" + ");
        }
        write_money(&mut out, locale, amount);
    }
    out
}

/// An annual rate in percent: `12,15 %` in fr.
pub fn percent(locale: Locale, rate: Decimal) -> String {
    // CLDR percent formats show two decimals here; rates with more are rounded by ICU.
    let mantissa = i64::try_from(rate.mantissa).unwrap_or(i64::MAX);
    cldr::percent(locale, mantissa, rate.scale)
}

pub fn long_date(locale: Locale, date: Date) -> String {
    let (year, month, day) = date.ymd();
    cldr::date(locale, year, month, day, DateStyle::Long)
}

pub fn short_date(locale: Locale, date: Date) -> String {
    let mut out = String::new();
    write_short_date(&mut out, locale, date);
    out
}

/// [`short_date`], appended to `out`.
pub fn write_short_date(out: &mut String, locale: Locale, date: Date) {
    let (year, month, day) = date.ymd();
    cldr::write_date(out, locale, year, month, day, DateStyle::Short)
}
