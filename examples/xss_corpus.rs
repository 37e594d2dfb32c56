//! The XSS corpus's outputs, for tests/e2e/xss.test.mjs to load in Chromium (issue 13).
//!
//! `cargo run --example xss_corpus -- [--every N] [--offset K] FILE...` reads payloads, one a
//! line (`*.txt`: the line as it is; `*.jsonl`: one JSON string a line, for payloads with line
//! breaks or other control characters), and writes JSON lines on stdout:
//!
//! - `{"kind":"output","id":"<file>:<line>:<context>:<output>","payload","html","fragment"}`:
//!   each thing we deliver with the payload in it. Contexts: `markdown` (the payload in a
//!   Markdown template's body), `html` (in an HTML template's body), `data` (every text field
//!   of the portfolio is the payload, rendered by a reference template). Outputs: `email` (the
//!   e-mail body, a fragment), `letter` (the letter document), `preview` (the page
//!   `<dunning-preview>` shows in its frame), and for data also `email-document` (the e-mail
//!   as mail clients get it, its subject poisoned too), `preview-letter`, `batch` (a
//!   letter batch, `render::letters`) and `email-attributes` (an HTML template with the URL
//!   and image hashtags in attributes). A fragment's record also says whether it is a fixed
//!   point of the sanitizer (`fixpoint`: rebuilding it drops nothing, and writes what
//!   `safety::canonical` writes; else `changes` lists what it drops).
//! - `{"kind":"check","id":"<file>:<line>:<context>:check","codes","changed"}` for the two
//!   template contexts: the checker's codes for the template, and whether the payload's own
//!   markup is changed by the rebuild (`safety::rebuild(payload)` differs from
//!   `safety::canonical(payload)` or reports a change, and the template has markup of its own:
//!   Markdown may read the payload as text).
//!
//! `--every N --offset K` keeps the payloads whose index in the concatenated files is K modulo
//! N (a deterministic sample). Only the library's public API is used.

#[path = "../tests/support/poison.rs"]
mod poison;

use std::io::{BufWriter, Write};

use dunning::agenda::letters;
use dunning::portfolio::Portfolio;
use dunning::render::preview::{preview, PreviewOptions};
use dunning::render::{render, Output, RenderOptions};
use dunning::{catalogue, check, safety, Channel, CheckOptions, Context, Format, Template};
use poison::options;
use serde_json::{json, Value};

const SPEC: &str = include_str!("../tests/data/spec-portfolio.json");
const DATE: &str = "2026-11-22";

fn main() {
    let mut every = 1usize;
    let mut offset = 0usize;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--every" => every = args.next().and_then(|n| n.parse().ok()).filter(|&n| n > 0).expect("--every N"),
            "--offset" => offset = args.next().and_then(|n| n.parse().ok()).expect("--offset K"),
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        eprintln!("usage: xss_corpus [--every N] [--offset K] FILE...");
        std::process::exit(2);
    }
    let spec = Portfolio::from_json(SPEC).expect("the spec portfolio loads");
    let reference = reference_template();
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut index = 0usize;
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let name = std::path::Path::new(path).file_name().unwrap().to_string_lossy().into_owned();
        let json = path.ends_with(".jsonl");
        for (number, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            index += 1;
            if (index - 1) % every != offset % every {
                continue;
            }
            let payload: String = if json {
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{path}:{}: {e}", number + 1))
            } else {
                line.to_owned()
            };
            let id = format!("{name}:{}", number + 1);
            for record in records(&spec, &reference, &id, &payload) {
                serde_json::to_writer(&mut out, &record).unwrap();
                out.write_all(b"\n").unwrap();
            }
        }
    }
    out.flush().unwrap();
}

/// Every hashtag of the catalogue, each in a paragraph of its own, and the two link and image
/// destinations: every value of the portfolio lands in the output.
fn reference_template() -> String {
    catalogue::entries().iter().map(|entry| format!("#{}\n\n", entry.name)).collect::<String>()
        + "[pay](#payment_link) ![logo](#company_logo)\n"
}

/// An HTML template with the URL and image hashtags in attributes, and text hashtags beside.
const ATTRIBUTES_TEMPLATE: &str = "<p><a href=\"#payment_link\" title=\"pay\">pay</a> \
    <a href=\"#interactive_link\">account</a> <img src=\"#company_logo\" alt=\"logo\"> #customer_name \
    #contact_name #company_name</p>";

fn records(spec: &Portfolio, reference: &str, id: &str, payload: &str) -> Vec<Value> {
    let mut records = Vec::with_capacity(16);
    let mut output = |context: &str, name: &str, html: Result<String, String>, fragment: bool| {
        let mut record = json!({
            "kind": "output",
            "id": format!("{id}:{context}:{name}"),
            "payload": payload,
            "fragment": fragment,
        });
        match html {
            Ok(html) => {
                if fragment {
                    let again = safety::rebuild(&html);
                    record["fixpoint"] = json!(again.changes.is_empty() && again.html == safety::canonical(&html));
                    if !again.changes.is_empty() {
                        let changes: Vec<String> =
                            again.changes.iter().map(|c| format!("{}: {:?}", c.element, c.what)).collect();
                        record["changes"] = json!(changes);
                    }
                }
                record["html"] = json!(html);
            }
            Err(error) => record["error"] = json!(error),
        }
        records.push(record);
    };

    // The payload in a template's body.
    let templates = [
        ("markdown", Format::Markdown, format!("Dear #contact_name,\n\n{payload}\n\nRegards")),
        ("html", Format::Html, format!("<p>Dear #contact_name,</p>{payload}<p>Regards</p>")),
    ];
    let mut checks = Vec::new();
    for (context, format, source) in &templates {
        let email = options(Channel::Email, *format, Output::Html);
        output(context, "email", rendered(spec, source, &email), true);
        let letter = options(Channel::RegisteredLetter, *format, Output::Letter);
        output(context, "letter", rendered(spec, source, &letter), false);
        output(context, "preview", previewed(spec, source, &email), false);
        let codes: Vec<&str> =
            check(source, &CheckOptions { format: *format, channel: Channel::Email, context: Context::Scenario })
                .iter()
                .map(|d| d.code.name())
                .collect();
        // A payload changes when the rebuild drops some of its markup; in a Markdown template,
        // only if Markdown reads some of it as HTML (else it is all text, escaped).
        let rebuilt = safety::rebuild(payload);
        let changed = (!rebuilt.changes.is_empty() || rebuilt.html != safety::canonical(payload))
            && Template::parse(source, *format).has_markup();
        checks.push(json!({
            "kind": "check",
            "id": format!("{id}:{context}:check"),
            "payload": payload,
            "codes": codes,
            "changed": changed,
        }));
    }

    // The payload in every text field of the portfolio.
    match poisoned(payload) {
        Ok(portfolio) => {
            let email = options(Channel::Email, Format::Markdown, Output::Html);
            output("data", "email", rendered(&portfolio, reference, &email), true);
            let mut letter = options(Channel::RegisteredLetter, Format::Markdown, Output::Letter);
            letter.subject = Some("#customer_name #contact_name #company_name");
            output("data", "letter", rendered(&portfolio, reference, &letter), false);
            output("data", "preview", previewed(&portfolio, reference, &email), false);
            output("data", "preview-letter", previewed(&portfolio, reference, &letter), false);
            let mut document = options(Channel::Email, Format::Markdown, Output::Email);
            document.subject = Some("#customer_name #contact_name #company_name");
            output("data", "email-document", rendered(&portfolio, reference, &document), false);
            let batch = letters(&portfolio, DATE.parse().unwrap(), &[("C001".to_owned(), "lr".to_owned())], |_| {});
            output("data", "batch", batch.map(|b| b.document).map_err(|e| e.to_string()), false);
            let attributes = options(Channel::Email, Format::Html, Output::Html);
            output("data", "email-attributes", rendered(&portfolio, ATTRIBUTES_TEMPLATE, &attributes), true);
        }
        Err(error) => output("data", "portfolio", Err(error), false),
    }
    records.extend(checks);
    records
}

fn rendered(portfolio: &Portfolio, source: &str, options: &RenderOptions<'_>) -> Result<String, String> {
    render(portfolio, source, options).map(|r| r.output).map_err(|e| e.to_string())
}

fn previewed(portfolio: &Portfolio, source: &str, options: &RenderOptions<'_>) -> Result<String, String> {
    let options = PreviewOptions { render: options.clone(), outline_window: true };
    preview(portfolio, source, &options).map(|p| p.page).map_err(|e| e.to_string())
}

/// The spec portfolio with every string leaf replaced by `payload` (as tests/limits.rs
/// `hostile()` does), but for ids, codes, enumerations and dates, which the loader checks, and
/// the actions' templates, which are the reference template (the batch renders them). The
/// interactive URL is the payload after an https prefix, so that it reaches an `href`; the
/// payment URL is the payload alone. An item gets a status, so that its label shows.
fn poisoned(payload: &str) -> Result<Portfolio, String> {
    let mut json: Value = serde_json::from_str(SPEC).unwrap();
    json["items"][1]["status"] = json!("dispute");
    poison::poison(&mut json, payload);
    json["company"]["interactive_url"] = json!(format!("https://acme.example/account/{payload}"));
    let reference = reference_template();
    for action in json["scenarios"][0]["actions"].as_array_mut().unwrap() {
        action["body"] = json!(reference);
        action["format"] = json!("markdown");
        if action.get("subject").is_some() || action["id"] == "lr" {
            action["subject"] = json!("#customer_name #contact_name #company_name");
        }
    }
    Portfolio::from_json(&json.to_string()).map_err(|e| format!("the poisoned portfolio does not load: {e}"))
}
