//! The checker on arbitrary bytes, in every format, channel and context: it must never panic,
//! and every span it reports must lie on character boundaries inside the source.
#![no_main]

use dunning::{check, Channel, CheckOptions, Context, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, text)) = data.split_first() else { return };
    let Ok(source) = std::str::from_utf8(text) else { return };
    let format = [Format::Markdown, Format::Html, Format::Text][usize::from(selector % 3)];
    let channel = Channel::all().nth(usize::from(selector / 3 % 8)).unwrap_or_default();
    let context = if selector & 0x80 == 0 { Context::Scenario } else { Context::Specific };
    for diagnostic in check(source, &CheckOptions { format, channel, context }) {
        assert!(source.is_char_boundary(diagnostic.span.start) && source.is_char_boundary(diagnostic.span.end));
    }
});
