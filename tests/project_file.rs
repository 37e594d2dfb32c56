//! `dunning.toml`, the project file: `dunning check` reads it for every template below its
//! directory, and its flags override it.
#![cfg(feature = "cli")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn dunning(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dunning")).args(args).output().expect("the dunning binary runs")
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dunning-project-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
}

/// Each checked file's name (relative to `dir`) and its diagnostics' codes.
fn codes(dir: &Path, output: &Output) -> Vec<(String, Vec<String>)> {
    let json: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
    json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| {
            let path = Path::new(file["path"].as_str().unwrap()).strip_prefix(dir).unwrap().display().to_string();
            let codes = file["diagnostics"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap().to_owned());
            (path, codes.collect())
        })
        .collect()
}

fn templates(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    write(
        &dir,
        "dunning.toml",
        "context = \"specific\"\n\n[[override]]\nfiles = [\"sms/*.txt\", \"*.sms.txt\"]\nchannel = \"sms\"\n\n\
         [[override]]\nfiles = \"legacy/**\"\nformat = \"html\"\n",
    );
    write(&dir, "letter.md", "Dear #contact_name, you owe #items_amount_selected.\n");
    write(&dir, "sms/reminder.txt", "You owe #items_amount_selected. #items_list\n");
    write(&dir, "deep/er/late.sms.txt", "#items_list\n");
    write(&dir, "legacy/old.tpl", "<p>#items_amount_selected</p>\n");
    dir
}

#[test]
fn check_reads_format_channel_and_context_from_dunning_toml() {
    let dir = templates("reads");
    let d = dir.display().to_string();
    let legacy = dir.join("legacy/old.tpl").display().to_string();
    let output = dunning(&["check", "--output", "json", &d, &legacy]);
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    let expected = [
        ("deep/er/late.sms.txt", vec!["channel-not-supported"]),
        ("letter.md", vec![]),
        ("sms/reminder.txt", vec!["channel-not-supported"]),
        // Named explicitly, its extension unknown: the project file says HTML.
        ("legacy/old.tpl", vec![]),
    ];
    let expected: Vec<(String, Vec<String>)> = expected
        .into_iter()
        .map(|(path, codes)| (path.to_owned(), codes.into_iter().map(str::to_owned).collect()))
        .collect();
    assert_eq!(codes(&dir, &output), expected);
}

#[test]
fn flags_override_the_project_file() {
    let dir = templates("flags");
    let d = dir.display().to_string();
    let output = dunning(&["check", "--output", "json", "--context", "scenario", "--channel", "email", &d]);
    let found = codes(&dir, &output);
    let of = |name: &str| found.iter().find(|(path, _)| path == name).unwrap().1.clone();
    assert_eq!(of("letter.md"), ["selection-required"]);
    assert_eq!(of("sms/reminder.txt"), ["selection-required"]);
    assert_eq!(of("deep/er/late.sms.txt"), Vec::<String>::new());
}

#[test]
fn the_nearest_project_file_governs() {
    let dir = templates("nearest");
    write(&dir, "sms/dunning.toml", "channel = \"email\"\n");
    let output = dunning(&["check", "--output", "json", &dir.join("sms/reminder.txt").display().to_string()]);
    // The inner file alone: e-mail, and the default context (scenario).
    assert_eq!(codes(&dir, &output), [("sms/reminder.txt".to_owned(), vec!["selection-required".to_owned()])]);
}

#[test]
fn a_broken_project_file_is_a_usage_error_naming_the_file() {
    let dir = temp_dir("broken");
    write(&dir, "letter.md", "Dear #contact_name,\n");
    for (toml, said) in [
        ("channel = \"fax\"\n", "unknown channel \"fax\""),
        ("chanel = \"sms\"\n", "unknown field `chanel`"),
        ("[[override]]\nchannel = \"sms\"\n", "missing field `files`"),
        ("[[override]]\nfiles = \"[\"\n", "glob \"[\""),
    ] {
        write(&dir, "dunning.toml", toml);
        let output = dunning(&["check", &dir.display().to_string()]);
        assert_eq!(output.status.code(), Some(2), "{toml}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("dunning.toml") && stderr.contains(said), "{toml}: {stderr}");
        assert!(output.stdout.is_empty());
    }
}
