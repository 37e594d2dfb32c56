//! Adversarial inputs (issue 6): huge templates, a hundred thousand hashtags, deep nesting,
//! CommonMark's known pathological inputs, hostile strings in every field of a portfolio. Each
//! must finish (no hang: no test here times anything, the families' growth is measured by the
//! scaling benchmark), keep working, and stay safe. Run natively; the wasm runs use the same
//! engine (tests/e2e/garbage.test.mjs feeds the JS API).

use dunning::agenda::letters;
use dunning::portfolio::Portfolio;
use dunning::render::preview::{preview, PreviewOptions};
use dunning::render::{render, Output};
use dunning::{catalogue, check, Channel, CheckOptions, Format};
use support::options;

const SPEC: &str = include_str!("data/spec-portfolio.json");

#[path = "support/poison.rs"]
mod support;

fn markdown() -> CheckOptions {
    CheckOptions::default()
}

#[test]
fn a_megabyte_template_checks_and_renders_whole() {
    let paragraph = "Dear #contact_name, #items_amount_overdue is overdue on account #customer_code. ".repeat(20);
    let source = format!("{paragraph}\n\n").repeat(700);
    assert!(source.len() > 1_000_000);
    assert!(check(&source, &markdown()).is_empty());
    let portfolio = Portfolio::from_json(SPEC).unwrap();
    let rendered = render(&portfolio, &source, &options(Channel::Email, Format::Markdown, Output::Html)).unwrap();
    assert_eq!(rendered.output.matches("411DUP").count(), 20 * 700);
}

#[test]
fn a_hundred_thousand_unknown_hashtags_are_each_reported() {
    let source: String = (0..100_000).map(|n| format!("#unknown{n} ")).collect();
    let diagnostics = check(&source, &markdown());
    assert_eq!(diagnostics.len(), 100_000);
    let last = diagnostics.last().unwrap();
    assert_eq!(last.hashtag.as_deref(), Some("unknown99999"));
    assert_eq!(&source[last.span.range()], "#unknown99999");
}

#[test]
fn deep_nesting_neither_overflows_nor_loses_the_hashtag() {
    let portfolio = Portfolio::from_json(SPEC).unwrap();
    // As deep as a browser builds (Chromium: 512), the markup is kept.
    let html = format!("{}#customer_name{}", "<div>".repeat(500), "</div>".repeat(500));
    assert!(check(&html, &CheckOptions { format: Format::Html, ..markdown() }).is_empty());
    let rendered = render(&portfolio, &html, &options(Channel::Email, Format::Html, Output::Html)).unwrap();
    assert!(rendered.output.contains("<div>Dupont SARL</div>"));
    // Deeper, it is text (a tree builder's cost grows with the square of the depth), reported.
    let html = format!("{}#customer_name{}", "<div>".repeat(20_000), "</div>".repeat(20_000));
    let diagnostics = check(&html, &CheckOptions { format: Format::Html, ..markdown() });
    assert_eq!(diagnostics.iter().map(|d| d.code.name()).collect::<Vec<_>>(), ["unsafe-html"]);
    let rendered = render(&portfolio, &html, &options(Channel::Email, Format::Html, Output::Html)).unwrap();
    assert!(rendered.output.starts_with("&lt;div&gt;&lt;div&gt;") && rendered.output.contains("Dupont SARL"));

    let quotes = format!("{} #customer_name", "> ".repeat(20_000));
    let rendered = render(&portfolio, &quotes, &options(Channel::Email, Format::Markdown, Output::Html)).unwrap();
    assert!(rendered.output.contains("Dupont SARL"));

    let lists: String = (0..2_000).map(|depth| format!("{}- #customer_code\n", "  ".repeat(depth))).collect();
    let rendered = render(&portfolio, &lists, &options(Channel::Email, Format::Markdown, Output::Html)).unwrap();
    assert_eq!(rendered.output.matches("411DUP").count(), 2_000);
}

/// The families of inputs that made CommonMark parsers quadratic (cmark's pathological tests,
/// pulldown-cmark's own benchmarks), each about 100 KB, with a hashtag after them.
fn pathological() -> Vec<(&'static str, String)> {
    const N: usize = 20_000;
    vec![
        ("nested strong emphasis", format!("{}b{}", "*a **a ".repeat(N / 2), " a** a*".repeat(N / 2))),
        ("emphasis closers without openers", "a_ ".repeat(N)),
        ("emphasis openers without closers", "_a ".repeat(N)),
        ("openers and closers, multiples of 3", format!("a**b{}", "c* ".repeat(N))),
        ("link openers and emphasis closers", "[ a_".repeat(N)),
        ("mismatched openers and closers", "*a_ ".repeat(N)),
        ("nested brackets", format!("{}a{}", "[".repeat(N), "]".repeat(N))),
        ("nested block quotes", format!("{}a", "> ".repeat(N))),
        ("backticks of growing length", (1..400).map(|n| format!("e{}", "`".repeat(n))).collect()),
        ("unclosed links <", "[a](<b".repeat(N)),
        ("unclosed links", "[a](b".repeat(N)),
        ("pulldown-cmark links", "[a](<".repeat(N)),
        ("pulldown-cmark links 2", "[[]()".repeat(N)),
        ("unclosed comments", format!("</{}", "<!--".repeat(N))),
        ("unclosed processing instructions", "<?".repeat(N)),
        ("many link reference definitions", "[a]: u\n".repeat(N)),
        ("many reference links", format!("[a]: u\n\n{}", "[a] ".repeat(N))),
        ("hashes", "#".repeat(N * 5)),
        ("hashtag runs", "#a#b#c_".repeat(N)),
        ("nul bytes", "\0".repeat(N)),
    ]
}

#[test]
fn commonmarks_pathological_inputs_finish_and_keep_checking() {
    let portfolio = Portfolio::from_json(SPEC).unwrap();
    for (family, input) in pathological() {
        // After some inputs (an unclosed `<?` opens an HTML block to the end), what follows is
        // not text: the hashtag before is what must still be checked.
        let source = format!("Dear #contact_nme\n\n{input}\n\nEnd: #contact_name");
        let diagnostics = check(&source, &markdown());
        assert_eq!(diagnostics.first().and_then(|d| d.suggestion.as_deref()), Some("contact_name"), "{family}");
        for format in [Format::Markdown, Format::Html, Format::Text] {
            let options = options(Channel::Email, format, Output::Html);
            render(&portfolio, &source, &options).unwrap_or_else(|e| panic!("{family}: {e}"));
        }
    }
}

/// What a hostile data source could put in any string of a portfolio.
const PAYLOADS: [&str; 8] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "' onmouseover='alert(1)",
    "{customer}</style><script>alert(1)</script>",
    "\u{202e}gnp.exe\u{2028}\u{0}",
    "#items_list ## #customer_name",
    "&lt;script&gt;",
];

/// The spec portfolio with every string leaf (but ids, codes and enumerations the loader
/// checks) replaced by `payload`, then `edit` made to its JSON.
fn hostile(payload: &str, edit: impl FnOnce(&mut serde_json::Value)) -> Portfolio {
    let mut json: serde_json::Value = serde_json::from_str(SPEC).unwrap();
    support::poison(&mut json, payload);
    edit(&mut json);
    Portfolio::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{payload}: {e}"))
}

/// Whether a tag of `html` has an `on…` attribute (ours never do): attribute names are read
/// as a browser does, quoted values skipped whole.
fn has_event_handler(html: &str) -> bool {
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let tag = &rest[open + 1..];
        let mut chars = tag.char_indices().skip_while(|(_, c)| !c.is_whitespace() && *c != '>').peekable();
        let mut end = tag.len();
        while let Some((at, c)) = chars.next() {
            match c {
                '>' => {
                    end = at;
                    break;
                }
                c if c.is_whitespace() || c == '/' => {}
                '=' => match chars.peek().map(|&(_, c)| c) {
                    Some(quote @ ('"' | '\'')) => {
                        chars.next();
                        chars.by_ref().find(|&(_, c)| c == quote);
                    }
                    _ => while chars.next_if(|&(_, c)| !c.is_whitespace() && c != '>').is_some() {},
                },
                _ => {
                    let name: String = std::iter::once(c)
                        .chain(std::iter::from_fn(|| {
                            chars.next_if(|&(_, c)| !c.is_whitespace() && !"=>/".contains(c)).map(|(_, c)| c)
                        }))
                        .collect();
                    if name.to_ascii_lowercase().starts_with("on") {
                        return true;
                    }
                }
            }
        }
        rest = &tag[end.min(tag.len())..];
    }
    false
}

#[test]
fn the_event_handler_probe_finds_handlers_in_tags_only() {
    assert!(has_event_handler("<p><img src=x onerror=alert(1)></p>"));
    assert!(has_event_handler("<a href='x' onmouseover='y'>"));
    assert!(!has_event_handler("<td>' onmouseover='alert(1)</td>"));
    assert!(!has_event_handler("<p>one=two</p>"));
    assert!(!has_event_handler("<img alt=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\" src=\"x\">"));
    assert!(has_event_handler("<img alt=\"x\" onload=y>"));
}

#[test]
fn hostile_strings_in_every_field_print_as_text() {
    let every_hashtag: String =
        catalogue::entries().iter().map(|entry| format!("#{}\n\n", entry.name)).collect::<String>()
            + "[link](#payment_link) ![logo](#company_logo)";
    let mut letter = options(Channel::RegisteredLetter, Format::Markdown, Output::Letter);
    letter.subject = Some("#customer_name #contact_name");
    for payload in PAYLOADS {
        let portfolio = hostile(payload, |_| {});
        for options in [options(Channel::Email, Format::Markdown, Output::Html), letter.clone()] {
            let output = render(&portfolio, &every_hashtag, &options).unwrap().output.to_ascii_lowercase();
            assert!(!output.contains("<script"), "{payload}: a script tag in {output}");
            assert!(!output.contains("<img src=x"), "{payload}: markup from data in {output}");
            assert!(!output.contains("href=\"javascript:") && !output.contains("src=\"javascript:"), "{payload}");
            assert!(!has_event_handler(&output), "{payload}: an event handler in {output}");
        }
    }
}

/// The preview's frame parses only the body of a page whose head it already shows (everything
/// before `</head><body`: www/shell/dunning-frame.html). So every page the engine writes starts
/// with `<!doctype html>` and holds that boundary once, whatever the data says.
#[test]
fn every_page_has_one_boundary_between_head_and_body() {
    let template = "#customer_name #contact_name\n\n#items_list\n\n#company_logo";
    let boundaries = ["</head><body>", "x</style></head><body onload=alert(1)>", "</title></head><body>"];
    let date = "2026-11-22".parse().unwrap();
    for payload in PAYLOADS.iter().chain(&boundaries) {
        // The logo is written into the letter's style sheet: one that holds the boundary too.
        let portfolio = hostile(payload, |json| {
            json["company"]["logo"] = format!("data:image/png,{payload}").into();
            json["company"]["show_logo_in_letters"] = true.into();
        });
        let mut pages = Vec::new();
        for channel in [Channel::Email, Channel::Letter, Channel::RegisteredLetter, Channel::Sms] {
            let format = if channel == Channel::Sms { Format::Text } else { Format::Markdown };
            let mut render = options(channel, format, Output::for_channel(channel));
            render.subject = (channel != Channel::Sms).then_some("#customer_name");
            let options = PreviewOptions { render, outline_window: true };
            pages.push(preview(&portfolio, template, &options).unwrap().page);
        }
        pages.push(letters(&portfolio, date, &[("C001".into(), "lr".into())], |_| {}).unwrap().document);
        assert!(pages[1].contains(".logo { content: url("), "the letter's head holds the logo");
        for page in pages {
            assert!(page.starts_with("<!doctype html>"), "{payload}: {}", &page[..40]);
            assert_eq!(page.matches("</head><body").count(), 1, "{payload}: {page}");
        }
    }
}
