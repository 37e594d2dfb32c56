//! The HTML the renderer delivers is the tree that was checked (issue 13): properties over
//! tag soup built from the constructs that fool filters. The public corpora in a real Chromium
//! are tests/e2e/xss.test.mjs.
#![cfg(not(target_arch = "wasm32"))]

use dunning::portfolio::Portfolio;
use dunning::render::{render, Output, RenderOptions};
use dunning::safety::{canonical, rebuild};
use dunning::{check, Channel, CheckOptions, Context, Format};
use proptest::prelude::*;

const SPEC: &str = include_str!("data/spec-portfolio.json");

/// Markup the allowlist keeps, and text and Markdown around it.
#[rustfmt::skip]
const ALLOWED: &[&str] = &[
    "<p>", "</p>", "<b>", "</b>", "<em>", "</em>", "<br>", "<a href=\"https://pay.example/x?a=1&amp;b=2\" title=\"pay\">",
    "</a>", "<table><tr><td style=\"text-align: right\">", "</td>", "</tr>", "</table>", "<ul><li>", "</li>", "</ul>",
    "<div class=\"c\">", "</div>", "<pre>\n", "</pre>", "<img src=\"https://x.example/a.png\" alt=\"a\">",
    "<span style=\"color: #c00000\">", "</span>", "<h2>", "</h2>", "<!-- note -->",
    "text", "\n\n", "*a*", "[l](https://x.example)", "> ", "- ", "<", ">", "&", "\"", "'",
];

/// What is not allowed, or is read differently by a browser than by a naive filter.
#[rustfmt::skip]
const HOSTILE: &[&str] = &[
    "<script>", "</script>", "<noscript>", "</noscript>", "<style>", "</style>", "<svg>", "</svg>", "<math>",
    "<![CDATA[", "]]>", "<!--", "-->", "<iframe>", "<textarea>", "<title>", "<form>", "<select>", "<template>",
    "<foreignobject>", "<desc>", "<x>", "</x>", "<nobr>", "<rt>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">", "<p title=\"",
    "\">", "<div style=\"position: fixed\">", "<p id=x>", "<object>", "<plaintext>",
];

fn soup(pieces: Vec<&'static str>, length: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(pieces), 0..length).prop_map(|pieces| pieces.concat())
}

/// Tag soup of allowed and hostile pieces.
fn markup() -> impl Strategy<Value = String> {
    soup([ALLOWED, HOSTILE].concat(), 24)
}

/// Mostly allowed markup: what a template the checker passes looks like.
fn allowed_markup() -> impl Strategy<Value = String> {
    soup(ALLOWED.to_vec(), 24)
}

fn email(format: Format) -> RenderOptions<'static> {
    RenderOptions {
        context: Some(Context::Scenario),
        channel: Channel::Email,
        format,
        output: Some(Output::Html),
        ..RenderOptions::new("C001", "2026-11-22".parse().unwrap())
    }
}

/// The HTML a template's own markup is written as before the rebuild (no hashtags in these).
fn written(source: &str, format: Format) -> String {
    match format {
        Format::Markdown => {
            let mut out = String::new();
            let parser = pulldown_cmark::Parser::new_ext(source, dunning::template::markdown_options());
            pulldown_cmark::html::push_html(&mut out, parser);
            out
        }
        _ => source.to_owned(),
    }
}

fn has_unclosed_declaration(source: &str) -> bool {
    ["<!--", "<!", "<?"].iter().any(|opener| source.rfind(opener).is_some_and(|at| !source[at..].contains('>')))
        || source.rfind("<!--").is_some_and(|at| !source[at..].contains("-->"))
}

fn reports_unsafe_html(source: &str, format: Format) -> bool {
    check(source, &CheckOptions { format, channel: Channel::Email, context: Context::Scenario })
        .iter()
        .any(|diagnostic| diagnostic.code.name() == "unsafe-html")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// What the renderer writes reads back as itself: a browser's parser builds exactly the
    /// tree that was written, so nothing in it is read in another context.
    #[test]
    fn the_output_is_a_fixpoint_of_the_rebuild(source in markup(), markdown in any::<bool>()) {
        let portfolio = Portfolio::from_json(SPEC).unwrap();
        let format = if markdown { Format::Markdown } else { Format::Html };
        let output = render(&portfolio, &source, &email(format)).unwrap().output;
        let again = rebuild(&output);
        prop_assert_eq!(&again.html, &output);
        prop_assert!(again.changes.is_empty(), "{:?}", again.changes);
    }

    /// A template `check` finds no `unsafe-html` in renders exactly its own markup (written
    /// canonically); whatever the rebuild would change, the checker reports.
    #[test]
    fn check_and_render_agree(source in allowed_markup(), markdown in any::<bool>()) {
        let format = if markdown { Format::Markdown } else { Format::Html };
        prop_assume!(!reports_unsafe_html(&source, format));
        // A comment or declaration never closed is text from its `<` by design (docs/security.md),
        // where a browser reads a comment to the end: not the same "own markup" as `written`.
        prop_assume!(!has_unclosed_declaration(&source));
        let portfolio = Portfolio::from_json(SPEC).unwrap();
        let output = render(&portfolio, &source, &email(format)).unwrap().output;
        prop_assert_eq!(output, canonical(&written(&source, format)));
    }

    /// Any markup at all, rebuilt, rebuilds to itself with nothing to drop: what it holds is all
    /// on the allowlist (no handler, no script, no URL that runs) and a parser reads it back as
    /// the same tree.
    #[test]
    fn rebuilt_markup_holds_only_the_allowlist(source in markup()) {
        let once = rebuild(&source).html;
        let twice = rebuild(&once);
        prop_assert_eq!(&twice.html, &once);
        prop_assert!(twice.changes.is_empty(), "{:?}", twice.changes);
    }
}

/// Character references read as the WHATWG's tokenizer reads them (the spec's own examples of
/// the longest match and of attributes), through the named-reference table we keep in another
/// form than html5ever's (vendor/web_atoms/PATCHED.md); every name against Chromium is
/// tests/e2e/entities.test.mjs.
#[test]
fn character_references_read_as_a_browser_reads_them() {
    #[rustfmt::skip]
    let cases = [
        ("&notin;", "∉"), ("&notit;", "¬it;"), ("&not", "¬"), ("&noti", "¬i"),
        ("&amp", "&amp;"), ("&ampx", "&amp;x"), ("&AMP;", "&amp;"), ("&am", "&amp;am"),
        ("&acE;", "\u{223e}\u{333}"), ("&NotNestedGreaterGreater;", "\u{2aa2}\u{338}"),
        ("&copy2", "©2"), ("&xyz;", "&amp;xyz;"), ("&", "&amp;"), ("&;", "&amp;;"),
        ("&zwnj;", "\u{200c}"), ("&Aacute", "Á"), ("&Aacutex;", "Áx;"), ("&#x41;&#66;", "AB"),
    ];
    for (reference, text) in cases {
        assert_eq!(rebuild(&format!("<p>{reference}</p>")).html, format!("<p>{text}</p>"), "{reference} in text");
    }
    // In an attribute, a legacy name without `;` followed by a letter, a digit or `=` stays as written.
    #[rustfmt::skip]
    let attributes = [("&notx=1", "&amp;notx=1"), ("&copy=", "&amp;copy="), ("&not;x", "¬x"), ("&copy;2", "©2"), ("&copy2", "&amp;copy2")];
    for (reference, value) in attributes {
        let html = format!(r#"<p title="{reference}">a</p>"#);
        assert_eq!(rebuild(&html).html, format!(r#"<p title="{value}">a</p>"#), "{reference} in an attribute");
    }
}
