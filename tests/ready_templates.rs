//! The ready templates the demo editor offers on first open (`examples/templates/ready.json`,
//! bundled into the editor): each checks clean for its own channel and context, subject
//! included, and together they cover the seeds' kinds.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use dunning::{check, CheckOptions, Format};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ready {
    file: String,
    name: String,
    format: String,
    channel: String,
    context: String,
    subject: String,
}

fn ready() -> Vec<(Ready, String)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/templates");
    let manifest = std::fs::read_to_string(folder.join("ready.json")).unwrap();
    let list: Vec<Ready> = serde_json::from_str(&manifest).unwrap();
    list.into_iter()
        .map(|ready| {
            let source =
                std::fs::read_to_string(folder.join(&ready.file)).unwrap_or_else(|e| panic!("{}: {e}", ready.file));
            (ready, source)
        })
        .collect()
}

#[test]
fn every_ready_template_checks_clean_for_its_channel_and_context() {
    for (ready, source) in ready() {
        let options = CheckOptions {
            format: ready.format.parse().unwrap(),
            channel: ready.channel.parse().unwrap(),
            context: ready.context.parse().unwrap(),
        };
        let extension = Path::new(&ready.file).extension().unwrap().to_str().unwrap();
        assert_eq!(
            Format::from_extension(extension),
            Some(options.format),
            "{}: format and extension agree",
            ready.file
        );
        let diagnostics = check(&source, &options);
        assert!(diagnostics.is_empty(), "{} ({}): {diagnostics:#?}", ready.file, ready.name);
        if !ready.subject.is_empty() {
            let subject = CheckOptions { format: Format::Text, channel: "subject".parse().unwrap(), ..options };
            let diagnostics = check(&ready.subject, &subject);
            assert!(diagnostics.is_empty(), "{} subject: {diagnostics:#?}", ready.file);
        }
    }
}

#[test]
fn the_ready_templates_cover_the_seeds_kinds() {
    let list = ready();
    let has = |channel: &str, context: &str, hashtag: &str| {
        list.iter().any(|(r, source)| r.channel == channel && r.context == context && source.contains(hashtag))
    };
    assert!(has("email", "scenario", "#items_list_overdue"), "a first reminder e-mail");
    assert!(has("sms", "scenario", "#items_amount_overdue"), "an SMS reminder");
    assert!(has("letter", "scenario", "#items_list"), "a standard letter");
    assert!(
        has("registered_letter", "scenario", "#items_amount_include_late_penalties"),
        "a formal notice with penalties"
    );
    assert!(has("email", "specific", "#items_amount_selected"), "a promise of payment for selected items");
}
