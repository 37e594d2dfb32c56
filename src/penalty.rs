//! Late-payment penalties (rendering.md): interest over a rate schedule, split by day, and the
//! fixed or tiered recovery cost, once per penalised invoice.
//!
//! Everything is exact: interest is one rational number per invoice, rounded half away from
//! zero to the currency's minor unit only at the end.

use std::collections::BTreeMap;

use crate::date::Date;
use crate::money::{divide_rounding_half_away, Currency, Decimal, Money};
use crate::portfolio::{RateSchedule, RecoveryCost};

/// The annual rate (in percent) in force on `day`: the last step starting on or before it;
/// days before the first step bear the first rate.
pub fn rate_on(schedule: &RateSchedule, day: Date) -> Decimal {
    match schedule {
        RateSchedule::Fixed(rate) => *rate,
        RateSchedule::ByDate(steps) => {
            steps.iter().rev().find(|step| step.from <= day).or(steps.first()).map_or(Decimal::ZERO, |step| step.rate)
        }
    }
}

/// Late-payment interest on `outstanding`, due on `due`, counted on `on`:
/// `outstanding × Σ rate_k/100 × days_k / 365`, each day from the day after the due date
/// through `on` bearing the rate in force that day. Zero when not overdue.
pub fn interest(outstanding: Money, due: Date, on: Date, schedule: &RateSchedule) -> Money {
    let days = on.days_since(due);
    if days <= 0 || outstanding.minor == 0 {
        return Money::zero(outstanding.currency);
    }
    // Σ rate_k × days_k, every rate at one common scale.
    let scale = match schedule {
        RateSchedule::Fixed(rate) => rate.scale,
        RateSchedule::ByDate(steps) => steps.iter().map(|step| step.rate.scale).max().unwrap_or(0),
    };
    let (first, last) = (due.add_days(1), on);
    let minor = match small_interest(outstanding.minor, schedule, first, last, scale) {
        Some(minor) => i128::from(minor),
        None => {
            let rate_days: i128 = periods(schedule, first, last)
                .map(|(rate, days)| rate.rescaled(scale).unwrap_or(0).saturating_mul(i128::from(days)))
                .fold(0, i128::saturating_add);
            let numerator = i128::from(outstanding.minor).saturating_mul(rate_days);
            let denominator = 100 * 365 * 10i128.pow(scale);
            divide_rounding_half_away(numerator, denominator)
        }
    };
    Money::new(i64::try_from(minor).unwrap_or(i64::MAX), outstanding.currency)
}

/// [`interest`]'s sum in 64-bit arithmetic, or `None` where a step would not fit (then the
/// 128-bit one, which a checked 128-bit multiplication makes a library call, natively and in
/// wasm, gives the same result). Real invoices and rates always fit.
fn small_interest(outstanding: i64, schedule: &RateSchedule, first: Date, last: Date, scale: u32) -> Option<i64> {
    let rate_days = periods(schedule, first, last).try_fold(0i64, |sum, (rate, days)| {
        let rate =
            i64::try_from(rate.mantissa).ok()?.checked_mul(10i64.checked_pow(scale.checked_sub(rate.scale)?)?)?;
        sum.checked_add(rate.checked_mul(i64::from(days))?)
    })?;
    let numerator = outstanding.checked_mul(rate_days)?;
    let denominator = 10i64.checked_pow(scale)?.checked_mul(100 * 365)?;
    i64::try_from(divide_rounding_half_away(i128::from(numerator), i128::from(denominator))).ok()
}

/// The runs of days from `first` through `last` (inclusive) that bear one rate, as
/// (rate, number of days).
fn periods(schedule: &RateSchedule, first: Date, last: Date) -> impl Iterator<Item = (Decimal, i32)> + '_ {
    // The days on which the rate may change, inside the period, in order (read twice rather
    // than collected: no allocation per invoice).
    let steps = match schedule {
        RateSchedule::Fixed(_) => &[][..],
        RateSchedule::ByDate(steps) => &steps[..],
    };
    let changes = move || steps.iter().map(|step| step.from).filter(move |&from| from > first && from <= last);
    let starts = std::iter::once(first).chain(changes());
    let ends = changes().chain(std::iter::once(last.add_days(1)));
    starts.zip(ends).map(move |(start, end)| (rate_on(schedule, start), end.days_since(start)))
}

/// The recovery cost of one penalised invoice of `amount` in its currency, if the company set
/// one for that currency.
pub fn recovery_cost(amount: Money, costs: &BTreeMap<Currency, RecoveryCost>) -> Option<Money> {
    let cost = match costs.get(&amount.currency)? {
        RecoveryCost::Fixed(cost) => *cost,
        RecoveryCost::Tiers(tiers) => {
            let value = amount.decimal();
            let below = |limit: &Decimal| {
                value.rescaled(limit.scale.max(value.scale)) < limit.rescaled(limit.scale.max(value.scale))
            };
            tiers.iter().find(|tier| tier.below.as_ref().is_none_or(below))?.amount
        }
    };
    let minor = cost.to_units(u32::from(amount.currency.minor_digits()))?;
    Some(Money::new(minor, amount.currency))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::portfolio::{CostTier, RateStep};
    use wasm_bindgen_test::wasm_bindgen_test;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn decimal(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn eur(minor: i64) -> Money {
        Money::new(minor, Currency::from_code("EUR").unwrap())
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn spec_worked_example() {
        // 1200.00 EUR due 2026-09-30, on 2026-11-22 at 12.15 %: 53 days → 21.17096 → 21.17.
        let interest =
            interest(eur(120_000), date("2026-09-30"), date("2026-11-22"), &RateSchedule::Fixed(decimal("12.15")));
        assert_eq!(interest, eur(2117));
        let costs = BTreeMap::from([(Currency::from_code("EUR").unwrap(), RecoveryCost::Fixed(decimal("40.00")))]);
        assert_eq!(recovery_cost(eur(120_000), &costs), Some(eur(4000)));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn no_interest_before_or_on_the_due_date() {
        let rate = RateSchedule::Fixed(decimal("12.15"));
        assert_eq!(interest(eur(120_000), date("2026-11-22"), date("2026-11-22"), &rate), eur(0));
        assert_eq!(interest(eur(120_000), date("2026-12-01"), date("2026-11-22"), &rate), eur(0));
        assert_eq!(
            interest(eur(120_000), date("2026-11-21"), date("2026-11-22"), &rate).minor,
            40,
            "one day: 0.3994… → 0.40"
        );
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn the_period_splits_where_the_rate_changes() {
        let table = RateSchedule::ByDate(vec![
            RateStep { from: date("2026-01-01"), rate: decimal("12.15") },
            RateStep { from: date("2026-07-01"), rate: decimal("12") },
        ]);
        // Due 2026-06-20: 10 days at 12.15 % (21–30 June), 52 at 12 % (1 July – 21 August).
        let got = interest(eur(100_000), date("2026-06-20"), date("2026-08-21"), &table);
        // 1000 × (12.15 × 10 + 12 × 52) / 36500 = 20.4246… → 20.42
        assert_eq!(got, eur(2042));
        assert_eq!(rate_on(&table, date("2025-06-01")), decimal("12.15"), "days before the table bear its first rate");
        assert_eq!(rate_on(&table, date("2026-07-01")), decimal("12"));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn sums_beyond_64_bits_are_exact_too() {
        // 10^13 EUR at 12.15 % for 53 days: 1215 × 53 × 10^15 does not fit in an i64.
        let rate = RateSchedule::Fixed(decimal("12.15"));
        let interest = interest(eur(10i64.pow(15)), date("2026-09-30"), date("2026-11-22"), &rate);
        assert_eq!(interest, eur(17_642_465_753_425));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn rounding_is_half_away_from_zero_per_invoice() {
        // 365 × 1 cent at 100 %: exactly 1 cent a day; 0.5 cents rounds away from zero.
        let hundred = RateSchedule::Fixed(decimal("100"));
        assert_eq!(interest(eur(365), date("2026-01-01"), date("2026-01-02"), &hundred), eur(1));
        assert_eq!(
            interest(eur(73), date("2026-01-01"), date("2026-01-03"), &RateSchedule::Fixed(decimal("125"))).minor,
            1
        );
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn uk_style_tiers_by_invoice_amount() {
        let gbp = Currency::from_code("GBP").unwrap();
        let tiers = RecoveryCost::Tiers(vec![
            CostTier { below: Some(decimal("1000")), amount: decimal("40") },
            CostTier { below: Some(decimal("10000")), amount: decimal("70") },
            CostTier { below: None, amount: decimal("100") },
        ]);
        let costs = BTreeMap::from([(gbp, tiers)]);
        let cost = |minor| recovery_cost(Money::new(minor, gbp), &costs).map(|m| m.minor);
        assert_eq!(
            (cost(99_999), cost(100_000), cost(999_999), cost(1_000_000)),
            (Some(4000), Some(7000), Some(7000), Some(10000))
        );
        assert_eq!(recovery_cost(eur(100), &costs), None, "no amount for EUR");
    }
}
