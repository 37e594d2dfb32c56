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
