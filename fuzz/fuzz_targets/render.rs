//! The renderer and the preview page on arbitrary templates, in every format, channel, context,
//! locale and mode, for a customer of the spec's portfolio: no panic, every span on character
//! boundaries, and nothing in the HTML output runs code as a browser parses it (html5ever, with
//! scripting on, as a browser showing the page): no script or other active element, event handler
//! or script URL; and an e-mail body holds nothing the allowlist would drop (docs/security.md).
#![no_main]

use std::sync::OnceLock;

use dunning::portfolio::Portfolio;
use dunning::render::preview::{preview, PreviewOptions};
use dunning::render::{Output, RenderOptions, Show};
use dunning::{Channel, Context, Format, Locale};
use html5ever::tendril::TendrilSink;
use html5ever::{local_name, ns, parse_document, parse_fragment, QualName};
use libfuzzer_sys::fuzz_target;
use markup5ever_rcdom::{NodeData, RcDom};

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
        selected: &selected,
        context,
        channel,
        format,
        locale: Some(locale),
        subject,
        show,
        ..RenderOptions::new("C001", "2026-11-22".parse().unwrap())
    };
    let shown = preview(portfolio(), source, &PreviewOptions { render, outline_window: second & 0x10 != 0 })
        .expect("C001 and i1 exist");
    for diagnostic in &shown.rendered.diagnostics {
        assert!(source.is_char_boundary(diagnostic.span.start) && source.is_char_boundary(diagnostic.span.end));
    }
    match Output::for_channel(channel) {
        Output::Text => {}
        output => {
            if let Some(found) = runs_code(&shown.rendered.output, output == Output::Letter) {
                panic!("{found} reached the output of {source:?}");
            }
            if output == Output::Html {
                let again = dunning::safety::rebuild(&shown.rendered.output);
                assert!(again.changes.is_empty(), "the output of {source:?} holds what the allowlist drops: {:?}", again.changes);
            }
        }
    }
});

/// What in `html` would run code, as a browser parses it (html5ever: a fragment of a body, or a
/// whole document): a `<script>` element, an `on…` attribute, a `javascript:` link or source.
fn runs_code(html: &str, document: bool) -> Option<String> {
    let dom = if document {
        parse_document(RcDom::default(), Default::default()).one(html)
    } else {
        let context = QualName::new(None, ns!(html), local_name!("body"));
        parse_fragment(RcDom::default(), Default::default(), context, Vec::new(), true).one(html)
    };
    let mut pending = vec![dom.document];
    while let Some(node) = pending.pop() {
        if let NodeData::Element { name, attrs, .. } = &node.data {
            const ACTIVE: [&str; 9] = ["script", "iframe", "object", "embed", "base", "form", "frame", "noscript", "svg"];
            if let Some(active) = ACTIVE.iter().find(|active| name.local.eq_str_ignore_ascii_case(active)) {
                return Some(format!("a {active} element"));
            }
            for attribute in attrs.borrow().iter() {
                let attribute_name = attribute.name.local.to_ascii_lowercase();
                let value: String = attribute.value.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_control()).collect();
                if attribute_name.starts_with("on") {
                    return Some(format!("an event handler ({attribute_name})"));
                }
                if ["href", "src", "action", "formaction"].contains(&&*attribute_name)
                    && ["javascript:", "vbscript:", "livescript:"].iter().any(|scheme| value.to_ascii_lowercase().starts_with(scheme))
                {
                    return Some(format!("a script URL in {attribute_name}"));
                }
            }
        }
        pending.extend(node.children.borrow().iter().cloned());
    }
    None
}
