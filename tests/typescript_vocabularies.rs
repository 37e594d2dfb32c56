//! The TypeScript declarations of the JS API (`src/wasm/mod.rs`) name the same words as the
//! Rust tables: a channel, locale, diagnostic or error code added on one side fails here until
//! the other says it too. (Native only: it reads the source.)
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use dunning::{Channel, Code, Context, ErrorKind, Format, Locale};

const DECLARATIONS: &str = include_str!("../src/wasm/mod.rs");

/// The string literals of `export type {name} = "a" | "b" …;`.
fn union(name: &str) -> BTreeSet<String> {
    let start = DECLARATIONS.find(&format!("export type {name} = ")).unwrap_or_else(|| panic!("no type {name}"));
    let end = start + DECLARATIONS[start..].find(';').unwrap();
    DECLARATIONS[start..end].split('"').skip(1).step_by(2).map(str::to_owned).collect()
}

fn words(words: impl Iterator<Item = &'static str>) -> BTreeSet<String> {
    words.map(str::to_owned).collect()
}

#[test]
fn each_union_lists_the_rust_vocabulary() {
    assert_eq!(union("Channel"), words(Channel::all().map(Channel::name)));
    let mut locales = words(Locale::ALL.into_iter().map(Locale::tag));
    locales.insert("pt".to_owned()); // the portfolio's alias of pt-PT
    assert_eq!(union("Locale"), locales);
    assert_eq!(union("DiagnosticCode"), words(Code::all().map(Code::name)));
    assert_eq!(union("ErrorCode"), words(ErrorKind::all().map(ErrorKind::code)));
}

#[test]
fn each_word_of_the_small_unions_parses() {
    for word in union("Format") {
        assert_eq!(word.parse::<Format>().unwrap().name(), word);
    }
    for word in union("Context") {
        assert_eq!(word.parse::<Context>().unwrap().name(), word);
    }
    assert_eq!(union("Format").len(), 3);
    assert_eq!(union("Context").len(), 2);
}

#[test]
fn render_options_name_every_option() {
    let start = DECLARATIONS.find("export interface RenderOptions {").unwrap();
    let end = start + DECLARATIONS[start..].find("\n}").unwrap();
    let keys: BTreeSet<String> = DECLARATIONS[start..end]
        .lines()
        .filter_map(|line| line.trim().split_once(':').map(|(key, _)| key.trim_end_matches('?').to_owned()))
        .filter(|key| !key.starts_with('/') && !key.starts_with('*') && !key.contains(' '))
        .collect();
    assert_eq!(keys, words(dunning::render::Request::NAMES.into_iter()));
}
