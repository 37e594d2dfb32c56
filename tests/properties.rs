//! No input makes the checker panic, and what it reports always points inside the source.
#![cfg(not(target_arch = "wasm32"))]

use dunning::{check, Channel, CheckOptions, Context, Format};
use proptest::prelude::*;

/// Strings built from the characters that matter to the parsers, so that the interesting
/// interleavings (`#`, `_`, `*`, `<`, quotes, line ends, backslashes, multi-byte text) come up
/// far more often than in uniformly random text.
fn template_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("#".to_owned()),
        Just("##".to_owned()),
        Just("_".to_owned()),
        Just("*".to_owned()),
        Just("`".to_owned()),
        Just("\\".to_owned()),
        Just("<".to_owned()),
        Just(">".to_owned()),
        Just("\"".to_owned()),
        Just("=".to_owned()),
        Just("&".to_owned()),
        Just("\r\n".to_owned()),
        Just("\n".to_owned()),
        Just("\r".to_owned()),
        Just("[x](".to_owned()),
        Just(")".to_owned()),
        Just("<a href=\"".to_owned()),
        Just("<script>".to_owned()),
        Just("items_list".to_owned()),
        Just("customer_name".to_owned()),
        Just("payment_link".to_owned()),
        Just("é😀".to_owned()),
        Just("| a |\n|---|\n".to_owned()),
        "[a-z ]{0,4}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|pieces| pieces.concat())
}

fn formats() -> impl Strategy<Value = Format> {
    prop_oneof![Just(Format::Markdown), Just(Format::Html), Just(Format::Text)]
}

fn channels() -> impl Strategy<Value = Channel> {
    prop::sample::select(Channel::all().collect::<Vec<_>>())
}

fn contexts() -> impl Strategy<Value = Context> {
    prop_oneof![Just(Context::Scenario), Just(Context::Specific)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn checker_never_panics_and_spans_stay_in_the_source(
        source in template_text(), format in formats(), channel in channels(), context in contexts()
    ) {
        let diagnostics = check(&source, &CheckOptions { format, channel, context });
        let utf16_len = source.encode_utf16().count() as u32;
        for diagnostic in &diagnostics {
            prop_assert!(diagnostic.span.end <= source.len());
            prop_assert!(source.is_char_boundary(diagnostic.span.start) && source.is_char_boundary(diagnostic.span.end));
            let location = diagnostic.location;
            prop_assert!(location.start <= location.end && location.end <= utf16_len);
            prop_assert!((location.line, location.column) <= (location.end_line, location.end_column));
        }
        // Source order, as documented.
        prop_assert!(diagnostics.windows(2).all(|pair| pair[0].span.start <= pair[1].span.start));
    }

    #[test]
    fn checker_never_panics_on_arbitrary_strings(source in any::<String>(), format in formats()) {
        check(&source, &CheckOptions { format, ..CheckOptions::default() });
    }
}

mod money_properties {
    use dunning::date::Date;
    use dunning::money::{Currency, Decimal, Money, Totals};
    use dunning::penalty::{interest, rate_on};
    use dunning::portfolio::{RateSchedule, RateStep};
    use proptest::prelude::*;

    fn currency() -> impl Strategy<Value = Currency> {
        prop::sample::select(vec!["EUR", "JPY", "KWD", "USD", "CHF"])
            .prop_map(|code| Currency::from_code(code).unwrap())
    }

    fn day() -> impl Strategy<Value = Date> {
        (0i32..2000).prop_map(|offset| "2024-01-01".parse::<Date>().unwrap().add_days(offset))
    }

    fn rate() -> impl Strategy<Value = Decimal> {
        (0i128..5000, 0u32..4).prop_map(|(mantissa, scale)| Decimal { mantissa, scale })
    }

    proptest! {
        #[test]
        fn totals_equal_the_sum_of_the_rows_per_currency(rows in prop::collection::vec((currency(), -1_000_000_000i64..1_000_000_000), 0..50)) {
            let totals: Totals = rows.iter().map(|&(currency, minor)| Money::new(minor, currency)).collect();
            for money in totals.iter() {
                let expected: i64 = rows.iter().filter(|(c, _)| *c == money.currency).map(|(_, m)| m).sum();
                prop_assert_eq!(money.minor, expected);
            }
            let codes: Vec<String> = totals.iter().map(|m| m.currency.code().to_owned()).collect();
            let mut sorted = codes.clone();
            sorted.sort();
            prop_assert_eq!(codes, sorted);
        }

        #[test]
        fn splitting_a_rate_table_where_the_rate_does_not_change_changes_nothing(
            outstanding in 0i64..10_000_000_000, due in day(), on in day(),
            first in rate(), second in rate(), change in day(), split in day(),
        ) {
            let (first_from, change) = ("2023-01-01".parse::<Date>().unwrap(), change);
            let table = vec![RateStep { from: first_from, rate: first }, RateStep { from: change, rate: second }];
            let table = if change > first_from { table } else { table[..1].to_vec() };
            let schedule = RateSchedule::ByDate(table.clone());
            let mut split_table = table.clone();
            if !split_table.iter().any(|step| step.from == split) && split > first_from {
                split_table.push(RateStep { from: split, rate: rate_on(&schedule, split) });
                split_table.sort_by_key(|step| step.from);
            }
            let money = Money::new(outstanding, Currency::from_code("EUR").unwrap());
            prop_assert_eq!(interest(money, due, on, &schedule), interest(money, due, on, &RateSchedule::ByDate(split_table)));
        }

        #[test]
        fn a_zero_rate_bears_no_interest_and_interest_grows_with_time(
            outstanding in 0i64..10_000_000_000, due in day(), on in day(), rate in rate(),
        ) {
            let money = Money::new(outstanding, Currency::from_code("EUR").unwrap());
            prop_assert_eq!(interest(money, due, on, &RateSchedule::Fixed(Decimal::ZERO)).minor, 0);
            let fixed = RateSchedule::Fixed(rate);
            prop_assert!(interest(money, due, on, &fixed).minor <= interest(money, due, on.add_days(30), &fixed).minor);
        }
    }
}
