//! The renderer and the preview page on arbitrary templates, in every format, channel, context,
//! locale and mode, for a customer of the spec's portfolio: no panic, every span on character
//! boundaries, and no template can put a script into HTML output (unsafe tags print as text).
#![no_main]

use std::sync::OnceLock;

use dunning::portfolio::Portfolio;
use dunning::render::preview::{preview, PreviewOptions};
use dunning::render::{Output, RenderOptions, Show};
use dunning::{Channel, Context, Format, Locale};
use libfuzzer_sys::fuzz_target;

fn portfolio() -> &'static Portfolio {
    static PORTFOLIO: OnceLock<Portfolio> = OnceLock::new();
    PORTFOLIO.get_or_init(|| Portfolio::from_json(include_str!("../../tests/data/spec-portfolio.json")).unwrap())
}

fuzz_target!(|data: &[u8]| {
    let Some((&[first, second], text)) = data.split_first_chunk::<2>().map(|(head, rest)| (head, rest)) else { return };
    let Ok(source) = std::str::from_utf8(text) else { return };
    let format = [Format::Markdown, Format::Html, Format::Text][usize::from(first % 3)];
    let channel = Channel::all().nth(usize::from(first / 3 % 8)).unwrap_or_default();
    let selected = if first & 0x80 == 0 { Vec::new() } else { vec!["i1".to_owned()] };
    let locale = Locale::ALL[usize::from(second % 15)];
    let show = if second & 0x80 == 0 { Show::Values } else { Show::Names };
    let context = if second & 0x40 == 0 { None } else { Some(Context::Scenario) };
    let subject = (second & 0x20 != 0).then_some("#customer_code: #items_amount_overdue");
    let render = RenderOptions {
        customer: "C001",
        selected: &selected,
        context,
        channel,
        format,
        output: None,
        locale: Some(locale),
        date: "2026-11-22".parse().unwrap(),
        subject,
        show,
    };
    let shown = preview(portfolio(), source, &PreviewOptions { render, outline_window: second & 0x10 != 0 })
        .expect("C001 and i1 exist");
    for diagnostic in &shown.rendered.diagnostics {
        assert!(source.is_char_boundary(diagnostic.span.start) && source.is_char_boundary(diagnostic.span.end));
    }
    if Output::for_channel(channel) != Output::Text {
        assert!(!opens_a_script(&shown.rendered.output), "a script reached the output: {source:?}");
    }
});

/// Whether `html` has a `<script` start tag as a browser reads one: the name ends at white
/// space, `/` or `>` (`<scriptar` is another, inert, element).
fn opens_a_script(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    lower.match_indices("<script").any(|(at, tag)| {
        lower[at + tag.len()..].chars().next().is_none_or(|c| c.is_ascii_whitespace() || c == '/' || c == '>')
    })
}
